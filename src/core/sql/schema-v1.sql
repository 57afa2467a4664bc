-- schema-v1.sql: the Casebench workbook schema, version 1
--
-- Copyright 2026 The Casebench developers
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- The store runs this inside one transaction on a new, empty database and
-- then sets PRAGMA application_id and PRAGMA user_version itself.
-- Constraints live here so that even a plain sqlite3 session cannot make
-- the data inconsistent.

CREATE TABLE meta (
  key   TEXT PRIMARY KEY NOT NULL CHECK (length (key) BETWEEN 1 AND 64),
  value TEXT NOT NULL
) WITHOUT ROWID;

-- Rubric levels shared by all indicators (0 absent … 5 exemplary).
CREATE TABLE rubric_levels (
  level          INTEGER PRIMARY KEY NOT NULL CHECK (level BETWEEN 0 AND 100),
  name_en        TEXT NOT NULL CHECK (length (name_en) > 0),
  name_zh        TEXT NOT NULL CHECK (length (name_zh) > 0),
  description_en TEXT NOT NULL DEFAULT '',
  description_zh TEXT NOT NULL DEFAULT ''
);

CREATE TABLE dimensions (
  id             INTEGER PRIMARY KEY,
  code           TEXT NOT NULL UNIQUE
                   CHECK (length (code) BETWEEN 1 AND 64 AND code NOT GLOB '*[^a-z0-9-]*'),
  name_en        TEXT NOT NULL CHECK (length (trim (name_en)) > 0),
  name_zh        TEXT NOT NULL CHECK (length (trim (name_zh)) > 0),
  description_en TEXT NOT NULL DEFAULT '',
  description_zh TEXT NOT NULL DEFAULT '',
  position       INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE indicators (
  id             INTEGER PRIMARY KEY,
  dimension_id   INTEGER NOT NULL REFERENCES dimensions (id) ON DELETE CASCADE,
  code           TEXT NOT NULL UNIQUE
                   CHECK (length (code) BETWEEN 1 AND 64 AND code NOT GLOB '*[^a-z0-9-]*'),
  name_en        TEXT NOT NULL CHECK (length (trim (name_en)) > 0),
  name_zh        TEXT NOT NULL CHECK (length (trim (name_zh)) > 0),
  description_en TEXT NOT NULL DEFAULT '',
  description_zh TEXT NOT NULL DEFAULT '',
  scale_min      REAL NOT NULL DEFAULT 0 CHECK (scale_min >= -1e9),
  scale_max      REAL NOT NULL DEFAULT 5 CHECK (scale_max <= 1e9 AND scale_max > scale_min),
  -- the expected level, on the indicator's own scale
  target         REAL NOT NULL DEFAULT 4 CHECK (target BETWEEN scale_min AND scale_max),
  -- +1: higher is better; -1: lower is better
  direction      INTEGER NOT NULL DEFAULT 1 CHECK (direction IN (1, -1)),
  position       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX indicators_by_dimension ON indicators (dimension_id, position);

CREATE TABLE cases (
  id             INTEGER PRIMARY KEY,
  code           TEXT NOT NULL UNIQUE
                   CHECK (length (code) BETWEEN 1 AND 64 AND code NOT GLOB '*[^a-z0-9-]*'),
  name_en        TEXT NOT NULL CHECK (length (trim (name_en)) > 0),
  name_zh        TEXT NOT NULL CHECK (length (trim (name_zh)) > 0),
  city_en        TEXT NOT NULL DEFAULT '',
  city_zh        TEXT NOT NULL DEFAULT '',
  district_en    TEXT NOT NULL DEFAULT '',
  district_zh    TEXT NOT NULL DEFAULT '',
  model_en       TEXT NOT NULL DEFAULT '',
  model_zh       TEXT NOT NULL DEFAULT '',
  province_en    TEXT NOT NULL DEFAULT '',
  province_zh    TEXT NOT NULL DEFAULT '',
  -- Ministry of Civil Affairs pilot-zone batch and year; NULL = not known
  pilot_batch    INTEGER CHECK (pilot_batch IS NULL OR pilot_batch BETWEEN 1 AND 99),
  pilot_year     INTEGER CHECK (pilot_year IS NULL OR pilot_year BETWEEN 1949 AND 2100),
  summary_en     TEXT NOT NULL DEFAULT '',
  summary_zh     TEXT NOT NULL DEFAULT '',
  -- one URL or reference per line
  sources        TEXT NOT NULL DEFAULT '',
  -- how the data of this case came about (e.g. "illustrative coding")
  data_note_en   TEXT NOT NULL DEFAULT '',
  data_note_zh   TEXT NOT NULL DEFAULT '',
  -- '#rrggbb' or NULL for the palette's choice
  colour         TEXT CHECK (colour IS NULL OR (length (colour) = 7 AND colour GLOB '#[0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f]')),
  -- 1: a reference profile (e.g. the national baseline), not a case
  is_reference   INTEGER NOT NULL DEFAULT 0 CHECK (is_reference IN (0, 1)),
  position       INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE scores (
  case_id        INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  indicator_id   INTEGER NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
  -- NULL = missing
  value          REAL,
  evidence_en    TEXT NOT NULL DEFAULT '',
  evidence_zh    TEXT NOT NULL DEFAULT '',
  source         TEXT NOT NULL DEFAULT '',
  confidence     TEXT NOT NULL DEFAULT 'medium' CHECK (confidence IN ('low', 'medium', 'high')),
  PRIMARY KEY (case_id, indicator_id)
) WITHOUT ROWID;
CREATE INDEX scores_by_indicator ON scores (indicator_id);

-- A score must lie on its indicator's scale.
CREATE TRIGGER scores_value_in_scale_insert
BEFORE INSERT ON scores
WHEN NEW.value IS NOT NULL AND EXISTS (
  SELECT 1 FROM indicators i
  WHERE i.id = NEW.indicator_id AND (NEW.value < i.scale_min OR NEW.value > i.scale_max))
BEGIN
  SELECT RAISE (ABORT, 'score outside the indicator''s scale');
END;

CREATE TRIGGER scores_value_in_scale_update
BEFORE UPDATE OF value, indicator_id ON scores
WHEN NEW.value IS NOT NULL AND EXISTS (
  SELECT 1 FROM indicators i
  WHERE i.id = NEW.indicator_id AND (NEW.value < i.scale_min OR NEW.value > i.scale_max))
BEGIN
  SELECT RAISE (ABORT, 'score outside the indicator''s scale');
END;

-- Narrowing a scale may not strand existing scores outside it.
CREATE TRIGGER indicators_scale_keeps_scores
BEFORE UPDATE OF scale_min, scale_max ON indicators
WHEN EXISTS (
  SELECT 1 FROM scores s
  WHERE s.indicator_id = NEW.id AND s.value IS NOT NULL
    AND (s.value < NEW.scale_min OR s.value > NEW.scale_max))
BEGIN
  SELECT RAISE (ABORT, 'scores lie outside the new scale');
END;

CREATE TABLE weight_sets (
  id             INTEGER PRIMARY KEY,
  code           TEXT NOT NULL UNIQUE
                   CHECK (length (code) BETWEEN 1 AND 64 AND code NOT GLOB '*[^a-z0-9-]*'),
  name_en        TEXT NOT NULL CHECK (length (trim (name_en)) > 0),
  name_zh        TEXT NOT NULL CHECK (length (trim (name_zh)) > 0),
  note_en        TEXT NOT NULL DEFAULT '',
  note_zh        TEXT NOT NULL DEFAULT '',
  position       INTEGER NOT NULL DEFAULT 0
);

-- Raw, non-negative weights; the analysis normalises them within each group.
CREATE TABLE dimension_weights (
  weight_set_id  INTEGER NOT NULL REFERENCES weight_sets (id) ON DELETE CASCADE,
  dimension_id   INTEGER NOT NULL REFERENCES dimensions (id) ON DELETE CASCADE,
  weight         REAL NOT NULL CHECK (weight >= 0 AND weight <= 1e9),
  PRIMARY KEY (weight_set_id, dimension_id)
) WITHOUT ROWID;

CREATE TABLE indicator_weights (
  weight_set_id  INTEGER NOT NULL REFERENCES weight_sets (id) ON DELETE CASCADE,
  indicator_id   INTEGER NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
  weight         REAL NOT NULL CHECK (weight >= 0 AND weight <= 1e9),
  PRIMARY KEY (weight_set_id, indicator_id)
) WITHOUT ROWID;

-- AHP pairwise judgements, upper triangle only: "a is `value` times as
-- important as b", with a's id below b's; b over a is 1/value.
-- rater '' is the weight set's own (single) judgement.
CREATE TABLE dimension_judgements (
  weight_set_id  INTEGER NOT NULL REFERENCES weight_sets (id) ON DELETE CASCADE,
  rater          TEXT NOT NULL DEFAULT '',
  dimension_a    INTEGER NOT NULL REFERENCES dimensions (id) ON DELETE CASCADE,
  dimension_b    INTEGER NOT NULL REFERENCES dimensions (id) ON DELETE CASCADE,
  value          REAL NOT NULL CHECK (value BETWEEN 1.0 / 9 - 1e-9 AND 9 + 1e-9),
  CHECK (dimension_a < dimension_b),
  PRIMARY KEY (weight_set_id, rater, dimension_a, dimension_b)
) WITHOUT ROWID;

CREATE TABLE indicator_judgements (
  weight_set_id  INTEGER NOT NULL REFERENCES weight_sets (id) ON DELETE CASCADE,
  rater          TEXT NOT NULL DEFAULT '',
  indicator_a    INTEGER NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
  indicator_b    INTEGER NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
  value          REAL NOT NULL CHECK (value BETWEEN 1.0 / 9 - 1e-9 AND 9 + 1e-9),
  CHECK (indicator_a < indicator_b),
  PRIMARY KEY (weight_set_id, rater, indicator_a, indicator_b)
) WITHOUT ROWID;

-- Indicators are compared pairwise only within their own dimension.
CREATE TRIGGER indicator_judgements_same_dimension_insert
BEFORE INSERT ON indicator_judgements
WHEN (SELECT dimension_id FROM indicators WHERE id = NEW.indicator_a)
     IS NOT (SELECT dimension_id FROM indicators WHERE id = NEW.indicator_b)
BEGIN
  SELECT RAISE (ABORT, 'judged indicators belong to different dimensions');
END;

CREATE TRIGGER indicator_judgements_same_dimension_update
BEFORE UPDATE OF indicator_a, indicator_b ON indicator_judgements
WHEN (SELECT dimension_id FROM indicators WHERE id = NEW.indicator_a)
     IS NOT (SELECT dimension_id FROM indicators WHERE id = NEW.indicator_b)
BEGIN
  SELECT RAISE (ABORT, 'judged indicators belong to different dimensions');
END;

-- An indicator moved to another dimension leaves its old comparisons behind.
CREATE TRIGGER indicators_moved_drop_judgements
AFTER UPDATE OF dimension_id ON indicators
WHEN NEW.dimension_id IS NOT OLD.dimension_id
BEGIN
  DELETE FROM indicator_judgements WHERE indicator_a = NEW.id OR indicator_b = NEW.id;
END;
