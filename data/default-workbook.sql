-- default-workbook.sql: the default Casebench dataset
--
-- Copyright 2026 The Casebench developers
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- The data are licensed CC-BY-4.0 (see meta 'data_licence'). The facts come
-- from the public sources named per case (cases.sources) and per score
-- (scores.source); facts that could not be verified say "unverified" in the
-- text, and facts not found are left blank (NULL or '').
-- The scores are an illustrative coding of published case descriptions by
-- the Casebench authors, made with the rubric below; they are meant to be
-- replaced by the user's own coding.
--
-- The application runs schema-v1.sql first and then this file, inside one
-- transaction; this file therefore holds INSERT statements only.


-- ---------------------------------------------------------------------------
-- 1. Workbook metadata ('created' and 'app_version' are set by the app)
-- ---------------------------------------------------------------------------

INSERT INTO meta (key, value) VALUES
  ('title_en',           'Six urban community governance models'),
  ('title_zh',           '六种城市社区治理模式'),
  ('data_licence',       'CC-BY-4.0'),
  ('default_weight_set', 'equal'),
  ('dataset_note_en',
   'The scores in this workbook are an illustrative coding of published descriptions of the six cases, '
   || 'made by the Casebench authors with the rubric shipped here. They are not measurements: replace them '
   || 'with your own coding. Facts that could not be verified are labelled "unverified" in the case summaries '
   || 'and the evidence; facts that were not found are left blank. The national baseline is a reference '
   || 'profile drawn from the thesis''s argument, not a case.'),
  ('dataset_note_zh',
   '本工作簿中的评分是 Casebench 作者依据所附评分量表，对六个案例的公开资料所作的示例性编码，'
   || '并非测量结果，请以您自己的编码替换。未能核实的事实在案例简介和评分依据中注明“未核实”；'
   || '未查到的事实一律留空。“全国基线”是根据论文论述整理的参照剖面，不是案例。'),
  ('sources',
   'Case facts: the URLs listed per case (cases.sources) and per score (scores.source).' || char(10)
   || 'Framework, cases and national baseline: the thesis on 共建共治共享 urban community governance '
   || '(chapter 3 framework, chapter 4 shortcomings, chapter 5 cases).');


-- ---------------------------------------------------------------------------
-- 2. Rubric levels, shared by all indicators
-- ---------------------------------------------------------------------------

INSERT INTO rubric_levels (level, name_en, name_zh, description_en, description_zh) VALUES
  (0, 'absent',      '缺失',
   'Nothing of the kind is reported.',
   '资料中未见任何相关做法。'),
  (1, 'nominal',     '名义',
   'Stated in policy documents or slogans only; no working body, rule or practice is reported.',
   '仅见于政策表述或口号，未见实际运作的机构、规则或做法。'),
  (2, 'emerging',    '起步',
   'A pilot or partial practice: some communities or a single mechanism, not yet routine.',
   '处于试点或局部实践阶段：仅覆盖部分社区或只有单一机制，尚未常态化。'),
  (3, 'established', '确立',
   'A working, routine mechanism across the whole unit, with named bodies, rules or platforms.',
   '在全域常态运行的机制，有明确的机构、规则或平台。'),
  (4, 'strong',      '较强',
   'Established and reinforced: resourced, evaluated or tied to performance appraisal, with several actors engaged regularly.',
   '在确立的基础上进一步强化：有资源保障、经过评估或纳入绩效考核，多方主体经常性参与。'),
  (5, 'exemplary',   '示范',
   'Strong and recognised beyond the unit: an award, a top place in a national review, replication elsewhere or measured outcomes.',
   '在较强的基础上获得外部认可：获奖、在全国评估中名列前茅、被其他地方借鉴推广或有可测量的成效。');


-- ---------------------------------------------------------------------------
-- 3. Dimensions (the thesis's chapter-3 framework)
-- ---------------------------------------------------------------------------

INSERT INTO dimensions (id, code, name_en, name_zh, description_en, description_zh, position) VALUES
  (1, 'co-construction', 'Co-construction', '共建',
   'Building the foundations of governance together: institutions, platforms and guaranteed room for many actors.',
   '共同打好治理基础：健全制度机制，建设联动平台，保障多元主体参与。',
   0),
  (2, 'co-governance',   'Co-governance',   '共治',
   'Governing together in practice: actors working in concert, a broad range of services and a variety of methods.',
   '共同参与治理实践：多元主体协同联动，治理内容丰富，治理方式灵活。',
   1),
  (3, 'co-enjoyment',    'Co-enjoyment',    '共享',
   'Sharing what governance produces and asks for: resources, results, responsibilities and a public spirit.',
   '共同分享治理资源和成果，共同承担治理责任，培育社区公共精神。',
   2);


-- ---------------------------------------------------------------------------
-- 4. Indicators: scale 0-5 (the rubric), target 4, higher is better
-- ---------------------------------------------------------------------------

INSERT INTO indicators (id, dimension_id, code, name_en, name_zh, description_en, description_zh,
                        scale_min, scale_max, target, direction, position) VALUES
  -- co-construction 共建
  (1, (SELECT id FROM dimensions WHERE code = 'co-construction'), 'institutions',
   'Institutional mechanisms', '制度机制',
   'Whether written rules say who decides what. Look for reform documents, lists of powers and duties (权责清单), council charters, consultation procedures and appraisal rules.',
   '衡量是否有成文规则明确由谁决定什么。关注：改革文件、权责清单、议事机构章程、协商程序和考核办法。',
   0, 5, 4, 1, 0),
  (2, (SELECT id FROM dimensions WHERE code = 'co-construction'), 'platform',
   'Intelligent linkage platform', '智慧联动平台',
   'Whether information and linkage platforms connect actors, departments and levels. Look for grid management systems, community information platforms, city linkage centres, resident reporting channels and cross-department integration.',
   '衡量信息与联动平台能否把各主体、各部门和各层级连接起来。关注：网格化管理系统、社区信息平台、城市联动中心、居民诉求反映渠道和跨部门整合。',
   0, 5, 4, 1, 1),
  (3, (SELECT id FROM dimensions WHERE code = 'co-construction'), 'participants',
   'Diversified participants', '多元主体参与保障',
   'Whether diverse actors are guaranteed a place in governance. Look for seats on decision bodies, funding for social organisations, co-building (共建) units, volunteer systems and legal standing.',
   '衡量多元主体参与治理是否有制度和资源保障。关注：在议事决策机构中的席位、对社会组织的资金支持、共建单位、志愿服务制度和法律地位。',
   0, 5, 4, 1, 2),
  -- co-governance 共治
  (4, (SELECT id FROM dimensions WHERE code = 'co-governance'), 'linkage',
   'Multi-actor linkage', '多元主体协同联动',
   'Whether actors actually work together. Look for joint meetings, three-society linkage (三社联动), co-building agreements and coordination led by party building.',
   '衡量各主体是否真正协同行动。关注：联席会议、三社联动、共建协议和党建引领下的统筹协调。',
   0, 5, 4, 1, 0),
  (5, (SELECT id FROM dimensions WHERE code = 'co-governance'), 'services',
   'Rich governance content (services)', '治理内容丰富',
   'The breadth of community services delivered. Look for elderly and child care, employment, culture, safety, health, services for ethnic minorities and convenience services.',
   '衡量社区服务的覆盖面。关注：养老托幼、就业、文化、安全、卫生健康、少数民族服务和便民服务。',
   0, 5, 4, 1, 1),
  (6, (SELECT id FROM dimensions WHERE code = 'co-governance'), 'methods',
   'Flexible governance methods', '治理方式灵活',
   'The variety of governance methods in use. Look for consultation and deliberation (协商, 议事), residents'' conventions (居民公约), project-based funding, grid work and digital tools.',
   '衡量所用治理方式的多样性。关注：协商议事、居民公约、项目化运作、网格化工作和数字化工具。',
   0, 5, 4, 1, 2),
  -- co-enjoyment 共享
  (7, (SELECT id FROM dimensions WHERE code = 'co-enjoyment'), 'resources',
   'Fair allocation of resources', '资源公平配置',
   'How fairly funds, staff and facilities reach communities. Look for resources moved down to the community level, community foundations, budget rules and balance between communities.',
   '衡量资金、人员和设施能否公平地到达社区。关注：资源下沉到社区、社区基金会、预算规则以及社区之间的均衡。',
   0, 5, 4, 1, 0),
  (8, (SELECT id FROM dimensions WHERE code = 'co-enjoyment'), 'results',
   'Shared results', '成果共享',
   'Whether residents share in the results. Look for services that reach them, residents'' evaluation of the work and public reporting of outcomes.',
   '衡量居民能否共享治理成果。关注：服务是否真正惠及居民、居民对工作的评价以及成效的公开通报。',
   0, 5, 4, 1, 1),
  (9, (SELECT id FROM dimensions WHERE code = 'co-enjoyment'), 'responsibilities',
   'Shared responsibilities', '责任共担',
   'Whether duties are shared with residents and organisations. Look for conventions, volunteer duty systems, building or compound councils (楼宇理事会) and "everyone has a responsibility" in practice.',
   '衡量责任是否由居民和各类组织共同承担。关注：居民公约、志愿值守制度、楼宇或院落理事会，以及“人人有责、人人尽责”的落实。',
   0, 5, 4, 1, 2),
  (10, (SELECT id FROM dimensions WHERE code = 'co-enjoyment'), 'public-spirit',
   'Community public spirit', '社区公共精神',
   'The strength of community public spirit. Look for volunteering, participation, trust, shared identity and inter-ethnic unity activities.',
   '衡量社区公共精神的强弱。关注：志愿服务、居民参与、相互信任、社区认同和民族团结活动。',
   0, 5, 4, 1, 3);


-- ---------------------------------------------------------------------------
-- 5. Cases (the thesis's chapter 5) and the national baseline
--    pilot_batch / pilot_year: the Ministry of Civil Affairs pilot-zone batch
--    and year, only where sourced; NULL = not found.
--    Colours: Okabe-Ito, without yellow.
-- ---------------------------------------------------------------------------

INSERT INTO cases (id, code, name_en, name_zh, city_en, city_zh, district_en, district_zh,
                   model_en, model_zh, province_en, province_zh, pilot_batch, pilot_year,
                   summary_en, summary_zh, sources, data_note_en, data_note_zh,
                   colour, is_reference, position) VALUES

  -- Nanjing Qinhuai: batch 1 (confirmed 2011-2012; exact year not found)
  (1, 'nanjing-qinhuai', 'Nanjing Qinhuai', '南京秦淮',
   'Nanjing', '南京市', 'Qinhuai District', '秦淮区',
   'Centralised coupling model', '集中耦合模式',
   'Jiangsu', '江苏省',
   1, NULL,
   'Qinhuai was one of the twelve units in the first batch of national community governance and service '
   || 'innovation pilot zones, confirmed in 2011-2012; the whole batch passed the Ministry of Civil Affairs'' '
   || 'closing acceptance in 2015. The model name "centralised coupling" comes from the thesis only and was '
   || 'not found in any other source. Related background: in 2002 the former Baixia District, now part of '
   || 'Qinhuai, abolished its Huaihai Road sub-district office, handed the office''s administrative work back '
   || 'to district departments and kept a party working committee and an administrative-affairs centre, so '
   || 'that urban administration ran on three levels instead of four; the reform won a national award for '
   || 'local governance innovation in 2006. That Baixia and the old Qinhuai were merged in 2013, and that the '
   || 'pilot therefore began in the pre-merger district, is unverified. Population, sub-district and '
   || 'community counts were not found.',
   '秦淮区是首批12个全国社区治理和服务创新实验区之一（2011—2012年确认），首批实验区于2015年全部通过'
   || '民政部结项验收。“集中耦合”这一模式名称仅见于论文，在其他资料中未查到。相关背景：2002年，原白下区'
   || '（现属秦淮区）撤销淮海路街道办事处，把其行政事务交还区职能部门，保留党工委和行政事务中心，使城市'
   || '管理由四级变为三级；这项改革于2006年获中国地方政府创新奖。白下区与原秦淮区于2013年合并、实验区'
   || '因而始于并区前的老秦淮区，这一点未核实。人口、街道和社区数量未查到。',
   'http://caigou2003.com/zhengcaizixun/zhengfumaifuwu/544277.html' || char(10)
   || 'https://www.innovations.harvard.edu/reform-huaihailu-sub-district',
   'The scores of this case are an illustrative coding of published descriptions by the Casebench authors, made with the rubric; replace them with your own coding.',
   '本案例的评分是 Casebench 作者依据评分量表对公开资料所作的示例性编码，请以您自己的编码替换。',
   '#E69F00', 0, 0),

  -- Shanghai Jing'an: batch and year not found
  (2, 'shanghai-jingan', 'Shanghai Jing''an', '上海静安',
   'Shanghai', '上海市', 'Jing''an District', '静安区',
   'Community development foundations and community consultation', '社区发展基金会＋社区协商',
   'Shanghai', '上海市',
   NULL, NULL,
   'A central district of Shanghai. After the State Council approved merging Zhabei into it in October 2015, '
   || 'Jing''an had about 1.07 million permanent residents on 37 km², with 13 sub-districts, one town and 276 '
   || 'residents'' and village committees; the pilot may have started in the smaller, pre-merger Jing''an, so '
   || 'read any figure with its date. The model pairs community development foundations, which raise local '
   || 'and social money for projects run by social organisations and residents, with consultation in which '
   || 'residents and other stakeholders settle community matters together. Shanghai''s late-2014 municipal '
   || 'reform encouraged sub-districts and towns to try such foundations, and at the end of 2019 Shanghai held '
   || '76 of the 126 community foundations in China. Not found: Jing''an''s pilot batch and year (batch 2 is '
   || 'unverified), the name, founding year and capital of its foundation, and the names of its consultation '
   || 'bodies.',
   '上海市中心城区。2015年10月国务院批准闸北区并入静安区，新静安区常住人口约107万，面积37平方公里，辖'
   || '13个街道、1个镇，共有276个居（村）委会；实验区工作可能始于并区前的老静安区，引用数据时应注意年份。'
   || '该模式把社区发展基金会与社区协商结合起来：基金会筹集本地和社会资金，资助社会组织和居民开展项目；'
   || '协商则由居民和其他相关方共同商定社区事务。上海市2014年底的改革文件鼓励街镇探索设立此类基金会，'
   || '到2019年底，全国126家社区基金会中有76家在上海。未查到：静安区的实验区批次和年份（属第二批一说'
   || '未核实），其社区基金会的名称、成立年份和原始基金，以及协商议事机构的名称。',
   'http://english.jingan.gov.cn/qq/006001/20170927/53aa475c-e38a-4152-a6c4-19f491cb6cc9.html' || char(10)
   || 'http://yjcf.org.cn/news/566' || char(10)
   || 'https://m.xzbu.com/1/view-15169995.htm' || char(10)
   || 'https://www.jfdaily.com/news/detail?id=174892',
   'The scores of this case are an illustrative coding of published descriptions by the Casebench authors, made with the rubric; replace them with your own coding.',
   '本案例的评分是 Casebench 作者依据评分量表对公开资料所作的示例性编码，请以您自己的编码替换。',
   '#56B4E9', 0, 1),

  -- Baotou Qingshan: batch 2, confirmed early 2014
  (3, 'baotou-qingshan', 'Baotou Qingshan', '包头青山',
   'Baotou', '包头市', 'Qingshan District', '青山区',
   'Slim sub-districts, strong communities, better services', '精街强社促服务',
   'Inner Mongolia', '内蒙古自治区',
   2, 2014,
   'An industrial district of Baotou. In January 2012 it was the first district in the city to reform how '
   || 'sub-districts and communities are governed, on the principle that government carries out its own '
   || 'duties in full, does not take over what residents can manage and does not replace what society can '
   || 'provide. Resident deliberation was tried in several named communities and a community information '
   || 'platform was set up; the district had 47 communities then. It was confirmed as a national pilot zone '
   || '(batch 2) early in 2014. Around 2022 its sub-district offices were reorganised into five party and '
   || 'government offices and a party-mass service centre, with a joint-work mechanism called "九联". A recent '
   || 'official reply gives about 535,100 permanent residents, 8 sub-districts, 2 towns, 56 communities and 21 '
   || 'villages. The model name 精街强社促服务 (read here as slimming sub-district offices, strengthening '
   || 'communities and improving services) was not found in the sources and is unverified.',
   '包头市的工业城区。2012年1月，青山区在全市率先启动街道社区治理改革，原则是“政府该做的事不缺位、'
   || '群众能管的事不包揽、社会可办的事不替代”。纺织、迎宾二、北新等社区开展了居民议事，区里还建设了社区'
   || '信息平台；当时全区有47个社区。2014年初被确认为全国社区治理和服务创新实验区（第二批）。2022年前后，'
   || '街道办事处整合为5个党政办公室和1个党群服务中心，并建立“九联”联合工作机制。近期的官方答复显示，'
   || '全区常住人口约53.51万，辖8个街道、2个镇、56个社区和21个村。模式名称“精街强社促服务”（此处理解为'
   || '精简街道、强化社区、促进服务）在资料中未查到，未核实。',
   'https://huhehaote.baogaosu.com/xinwen/包头青山区为社区之网注入新张力/27541649' || char(10)
   || 'http://riskofasbestos.com/jytabl/94129.html' || char(10)
   || 'http://m.handmsg.com/page/2023/0108/14450732.shtml',
   'The scores of this case are an illustrative coding of published descriptions by the Casebench authors, made with the rubric; replace them with your own coding.',
   '本案例的评分是 Casebench 作者依据评分量表对公开资料所作的示例性编码，请以您自己的编码替换。',
   '#009E73', 0, 2),

  -- Changchun: batch 3 / 2015 refers to Kuancheng District, the sourced pilot unit
  (4, 'changchun', 'Changchun', '长春',
   'Changchun', '长春市', 'City-wide (sourced pilot unit: Kuancheng District)', '全市（有据可查的实验区：宽城区）',
   'Three-society linkage', '三社联动',
   'Jilin', '吉林省',
   3, 2015,
   'Changchun is known for three-society linkage, in which the community serves as the platform, social '
   || 'organisations as the carrier and professional social workers as the support. The pilot unit the '
   || 'sources confirm is Kuancheng District, a batch-3 zone from 2015: the batch and year given here refer '
   || 'to Kuancheng, and pilot status for Changchun as a whole is unverified. Kuancheng combined government '
   || 'support, take-up of work by social organisations, professional backing and project-based operation '
   || 'across 57 urban communities; the Ministry of Civil Affairs'' on-site mid-term evaluation gave it 97 '
   || 'points, and the batch-3 mid-term bulletin singled out its linkage work. A 2011 city document on '
   || 'community building (长办发〔2011〕39号) is cited as the policy basis.',
   '长春以“三社联动”著称：以社区为平台、社会组织为载体、专业社会工作者为支撑。资料能够证实的实验区'
   || '单位是宽城区（第三批，2015年）；此处的批次和年份均指宽城区，长春全市是否为实验区未核实。宽城区'
   || '采取政府扶持、社会承接、专业支撑、项目运作的做法，覆盖57个城市社区；在民政部实地中期评估中得97分，'
   || '第三批实验区中期通报也对其三社联动工作给予肯定。政策依据是长春市2011年关于社区建设的文件'
   || '（长办发〔2011〕39号）。',
   'http://www.zezeg.cn/i79027.htm' || char(10)
   || 'https://m.fx361.cc/news/2017/1206/2686093.html',
   'The scores of this case are an illustrative coding of published descriptions by the Casebench authors, made with the rubric; replace them with your own coding.',
   '本案例的评分是 Casebench 作者依据评分量表对公开资料所作的示例性编码，请以您自己的编码替换。',
   '#0072B2', 0, 3),

  -- Chengdu Qingyang: batch and year not found; Qingyang-specific facts not found
  (5, 'chengdu-qingyang', 'Chengdu Qingyang', '成都青羊',
   'Chengdu', '成都市', 'Qingyang District', '青羊区',
   'Big linkage, micro-governance', '大联动·微治理',
   'Sichuan', '四川省',
   NULL, NULL,
   'A central district of Chengdu. The thesis ties it to "big linkage, micro-governance", which the sources '
   || 'show as a Chengdu-wide framework (Chenghua District also reports using it in its pilot work) rather '
   || 'than a Qingyang invention. Our reading, unverified: departments and grid-based forces are joined up '
   || 'through a shared platform (the "big linkage"), while compounds, residents'' groups and other small '
   || 'units run their own affairs (the "micro-governance"). City context: since September 2017 Chengdu''s '
   || 'urban-rural community development and governance committee has pooled resources from more than 40 '
   || 'party and government departments, under a "one core, three kinds of governance" mechanism, across more '
   || 'than 4,000 communities. A weak aggregator source says Qingyang was rated "excellent" among Sichuan''s '
   || 'second batch of provincial community-governance pilots at the end of 2022: unverified. Not found: '
   || 'Qingyang''s national pilot batch, its linkage centre, grid and compound bodies, and its population, '
   || 'sub-district and community counts.',
   '成都市中心城区。论文把青羊区与“大联动·微治理”联系在一起；现有资料显示，这是成都全市层面的治理框架'
   || '（成华区也报告在实验区工作中加以运用），并非青羊区独创。以下理解未经核实：“大联动”指各部门和网格'
   || '力量通过共享平台协同联动，“微治理”指院落、居民小组等小单元自我管理。全市背景：2017年9月成都设立'
   || '城乡社区发展治理委员会，统筹40多个党政部门的资源，推行“一核三治、共建共治共享”机制，覆盖4000多个'
   || '城乡社区。另有一处较弱的资讯聚合来源称，青羊区在2022年底四川省第二批省级社区治理试点评估中获评'
   || '“优”，未核实。未查到：青羊区的全国实验区批次、其联动中心、网格和院落组织，以及人口、街道和社区数量。',
   'https://jicengzhizhi.com/2022/1107/1535.shtml' || char(10)
   || 'https://epaper.neamco.com/gmrb/html/2020-06/18/nw.D110000gmrb_20200618_3-10.htm' || char(10)
   || 'https://m.jiusongjiankang.com/health/news/4380619.html (weak source, unverified)',
   'The scores of this case are an illustrative coding of published descriptions by the Casebench authors, made with the rubric; replace them with your own coding.',
   '本案例的评分是 Casebench 作者依据评分量表对公开资料所作的示例性编码，请以您自己的编码替换。',
   '#D55E00', 0, 4),

  -- Karamay: batch 3, designated July 2015
  (6, 'karamay', 'Karamay', '克拉玛依',
   'Karamay', '克拉玛依市', 'Karamay District', '克拉玛依区',
   '"7+7" multi-actor co-governance', '“7+7”社区多元共治模式',
   'Xinjiang', '新疆维吾尔自治区',
   3, 2015,
   'The central district of an oil city: 3,833 km², about 282,000 people (including the Xinjiang Production '
   || 'and Construction Corps), 38 ethnic groups, 5 sub-districts, 65 communities and one farming and herding '
   || 'township. It was designated a batch-3 pilot zone in July 2015 with the theme of multi-actor '
   || 'co-governance to raise community services. A leading group chaired by the district party secretary '
   || 'and the district head brought in 23 member units, and the pilot was written into performance '
   || 'appraisal. The "7+7" model places the party organisation at the core, basic-level government in the '
   || 'lead and residents as the main body, with social organisations and co-building units taking part; '
   || 'the source defines the roles of the community party organisation, basic-level government, residents'' '
   || 'committee, residents and the "Fanghuiju" work teams before breaking off. That the seven actors are '
   || 'these five plus social organisations and co-building units is likely but unverified; the second "7" '
   || 'is unverified. Other sourced practice: deliberation, residents'' conventions and three-society linkage '
   || 'shown at an on-site meeting in December 2016; building councils as self-governing units; and three '
   || 'service platforms (community, social organisations, digital city management).',
   '石油城市的中心城区：面积3833平方公里，人口约28.2万（含兵团），有38个民族，辖5个街道、65个社区和1个'
   || '以农牧业为主的乡。2015年7月被确认为第三批全国社区治理和服务创新实验区，主题是“多元共治，提升社区服务水平”。'
   || '区里成立了由区委书记、区长任组长，23个成员单位组成的领导小组，并把实验区工作纳入绩效考核。“7+7”'
   || '模式以党组织为核心、基层政府为主导、居民为主体，社会组织和共建单位共同参与；资料明确了社区党组织、'
   || '基层政府、社区居委会、社区居民和“访惠聚”工作队等主体的职责，随后内容中断。“7个主体”为上述五者'
   || '加上社会组织和驻区共建单位，这一推断较为可能但未核实；第二个“7”也未核实。其他有据可查的做法：'
   || '2016年12月现场会展示的议事协商、居民公约和三社联动；作为居民自治单元的楼宇理事会；以及社区、'
   || '社会组织和数字化城市管理三个服务平台。',
   'http://www.jizihe.com/page/2017/0701/15690526.shtml' || char(10)
   || 'http://zhongguoshequ1990.org/Con2016GX_list.asp?id=160' || char(10)
   || 'http://soolun.net/periodical/d85ea5683aebd75ec34e1e5b7cf0c221.html' || char(10)
   || 'http://www.brightbay.cn/content/2020-12/29/content_25069.html',
   'The scores of this case are an illustrative coding of published descriptions by the Casebench authors, made with the rubric; replace them with your own coding.',
   '本案例的评分是 Casebench 作者依据评分量表对公开资料所作的示例性编码，请以您自己的编码替换。',
   '#CC79A7', 0, 5),

  -- National baseline: a reference profile, not a case
  (7, 'national-baseline', 'National baseline', '全国基线',
   '', '', '', '',
   'Reference profile (thesis, chapter 4)', '参照剖面（论文第四章）',
   '', '',
   NULL, NULL,
   'Not a case. This reference profile codes, on the same rubric, the thesis''s chapter-4 picture of the '
   || 'typical shortcomings of Chinese urban communities: rules that are weak in operation, platforms that '
   || 'are underbuilt or little used, actors whose roles fall short, poor linkage, thin services, few '
   || 'methods, unevenly spread resources, results and responsibilities that are not shared, and a weak '
   || 'public spirit. Its levels, mostly 1-2, are a reading of the thesis''s argument and not a measurement '
   || 'of any place; use it as a point of comparison beside the targets.',
   '不是案例。该参照剖面按同一评分量表，对论文第四章所描述的我国城市社区典型短板进行编码：制度在运行中'
   || '乏力，平台建设不足或利用不够，各主体作用发挥不充分，联动不畅，服务单薄，方式单一，资源配置不均衡，'
   || '成果未能共享、责任未能共担，公共精神薄弱。其等级大多为1—2级，是对论文论述的解读，不是对任何地方的'
   || '测量，可与目标值并列作为比较参照。',
   'Thesis, chapter 4 (reference profile)',
   'A reference profile drawn from the thesis''s argument, not a measurement; replace or adjust it with your own reading.',
   '根据论文论述整理的参照剖面，不是测量结果；可按您自己的理解调整或替换。',
   NULL, 1, 6);


-- ---------------------------------------------------------------------------
-- 6. Scores: 7 profiles x 10 indicators, each with evidence, source and
--    confidence (high: a sourced fact states the practice directly;
--    medium: inferred from a closely related sourced practice;
--    low: only the model name, the thesis's framing or a weak source)
-- ---------------------------------------------------------------------------

-- 6.1 Nanjing Qinhuai ---------------------------------------------------------

INSERT INTO scores (case_id, indicator_id, value, confidence, source, evidence_en, evidence_zh) VALUES
  ((SELECT id FROM cases WHERE code = 'nanjing-qinhuai'), (SELECT id FROM indicators WHERE code = 'institutions'),
   4, 'medium',
   'https://www.innovations.harvard.edu/reform-huaihailu-sub-district' || char(10)
   || 'http://caigou2003.com/zhengcaizixun/zhengfumaifuwu/544277.html',
   'In 2002 the former Baixia District (now in Qinhuai) abolished the Huaihai Road sub-district office, returning its administrative work to district departments and keeping a party working committee and an administrative-affairs centre; the reform won a national innovation award in 2006 and Qinhuai''s pilot passed acceptance in 2015. Coded 4, not 5, because the award went to one sub-district of a predecessor district, so its reach across today''s Qinhuai is inferred.',
   '2002年原白下区（现属秦淮区）撤销淮海路街道办事处，把行政事务交还区职能部门，保留党工委和行政事务中心，该改革于2006年获中国地方政府创新奖；秦淮区实验区于2015年通过结项验收。获奖的只是前身城区的一个街道，其在今秦淮区全域的作用属推断，故评4级而非5级。'),
  ((SELECT id FROM cases WHERE code = 'nanjing-qinhuai'), (SELECT id FROM indicators WHERE code = 'platform'),
   3, 'low',
   'https://www.innovations.harvard.edu/reform-huaihailu-sub-district' || char(10)
   || 'Thesis, chapter 5 (model name)',
   'The Huaihai Road reform kept an administrative-affairs centre as a single service point, and the thesis''s label "centralised coupling" suggests integrated handling; no information or linkage platform is named in the sources.',
   '淮海路改革保留行政事务中心作为集中服务窗口，论文“集中耦合”的提法也暗示集中整合处理；但资料中未见具名的信息平台或联动平台。'),
  ((SELECT id FROM cases WHERE code = 'nanjing-qinhuai'), (SELECT id FROM indicators WHERE code = 'participants'),
   2, 'low',
   'http://caigou2003.com/zhengcaizixun/zhengfumaifuwu/544277.html',
   'No source describes seats, funding or other guarantees for social organisations or residents in Qinhuai; coded as emerging on the strength of its pilot-zone status alone.',
   '未见资料说明秦淮区为社会组织或居民参与提供席位、资金等保障；仅凭其实验区身份评为起步。'),
  ((SELECT id FROM cases WHERE code = 'nanjing-qinhuai'), (SELECT id FROM indicators WHERE code = 'linkage'),
   3, 'low',
   'Thesis, chapter 5 (model name)' || char(10)
   || 'https://www.innovations.harvard.edu/reform-huaihailu-sub-district',
   '"Coupling" in the thesis''s model name points to joining up government and community actors, and the reform left a party working committee to coordinate; how the actors work together day to day is not described.',
   '论文模式名称中的“耦合”指向政府与社区各主体的衔接，改革后保留的党工委承担统筹协调；但各主体日常如何协同，资料没有描述。'),
  ((SELECT id FROM cases WHERE code = 'nanjing-qinhuai'), (SELECT id FROM indicators WHERE code = 'services'),
   3, 'medium',
   'https://www.innovations.harvard.edu/reform-huaihailu-sub-district',
   'After the sub-district office was abolished, an administrative-affairs centre went on serving the area''s roughly 18,000 residents; the range of services it offers is not listed.',
   '街道办事处撤销后，由行政事务中心继续为辖区约1.8万居民提供服务；具体服务项目资料未列明。'),
  ((SELECT id FROM cases WHERE code = 'nanjing-qinhuai'), (SELECT id FROM indicators WHERE code = 'methods'),
   2, 'low',
   'https://www.innovations.harvard.edu/reform-huaihailu-sub-district',
   'The sources report only the structural reform; no consultation, conventions, project funding or digital tools are described for Qinhuai.',
   '资料只涉及体制改革，未见秦淮区开展协商议事、制定居民公约、项目化运作或运用数字化工具的描述。'),
  ((SELECT id FROM cases WHERE code = 'nanjing-qinhuai'), (SELECT id FROM indicators WHERE code = 'resources'),
   2, 'low',
   'https://www.innovations.harvard.edu/reform-huaihailu-sub-district',
   'Removing one administrative level may free staff and money for communities, but no source says where the resources went; coded as emerging by inference.',
   '减少一个管理层级可能为社区腾出人力和经费，但资料没有说明资源的去向；据推断评为起步。'),
  ((SELECT id FROM cases WHERE code = 'nanjing-qinhuai'), (SELECT id FROM indicators WHERE code = 'results'),
   2, 'low',
   'http://caigou2003.com/zhengcaizixun/zhengfumaifuwu/544277.html',
   'No resident evaluation or public reporting of outcomes was found; the 2015 acceptance is a Ministry review, not evidence that residents share the results.',
   '未见居民评价或成效公开通报；2015年的结项验收是民政部的评审，不能说明居民共享了成果。'),
  ((SELECT id FROM cases WHERE code = 'nanjing-qinhuai'), (SELECT id FROM indicators WHERE code = 'responsibilities'),
   2, 'low',
   'No direct source (thesis, chapter 5)',
   'No residents'' conventions, volunteer duty systems or resident councils are reported for Qinhuai; coded as emerging by default for a pilot zone.',
   '未见秦淮区居民公约、志愿值守制度或居民议事会方面的资料；按实验区的一般情况评为起步。'),
  ((SELECT id FROM cases WHERE code = 'nanjing-qinhuai'), (SELECT id FROM indicators WHERE code = 'public-spirit'),
   2, 'low',
   'No direct source (thesis, chapter 5)',
   'Nothing is reported on volunteering, participation or community identity in Qinhuai; coded as emerging by default for a pilot zone.',
   '未见秦淮区志愿服务、居民参与或社区认同方面的资料；按实验区的一般情况评为起步。');

-- 6.2 Shanghai Jing'an --------------------------------------------------------

INSERT INTO scores (case_id, indicator_id, value, confidence, source, evidence_en, evidence_zh) VALUES
  ((SELECT id FROM cases WHERE code = 'shanghai-jingan'), (SELECT id FROM indicators WHERE code = 'institutions'),
   3, 'medium',
   'http://yjcf.org.cn/news/566',
   'Shanghai''s late-2014 municipal reform documents (the "No. 1 research topic", 一号课题) gave sub-districts and towns a written basis for community governance, including setting up community development foundations; Jing''an''s own rules and council charters were not found.',
   '上海市2014年底“一号课题”的系列文件为街镇开展社区治理（包括设立社区发展基金会）提供了成文依据；静安区自身的规则和议事机构章程未查到。'),
  ((SELECT id FROM cases WHERE code = 'shanghai-jingan'), (SELECT id FROM indicators WHERE code = 'platform'),
   2, 'low',
   'No direct source (thesis, chapter 5)',
   'No community information or linkage platform is described for Jing''an in the sources checked; coded as emerging by default.',
   '所查资料中未见静安区社区信息平台或联动平台的描述；按一般情况评为起步。'),
  ((SELECT id FROM cases WHERE code = 'shanghai-jingan'), (SELECT id FROM indicators WHERE code = 'participants'),
   4, 'medium',
   'http://yjcf.org.cn/news/566' || char(10)
   || 'https://m.xzbu.com/1/view-15169995.htm',
   'Community foundations exist to let social money back social organisations and residents'' projects; Shanghai urged sub-districts to set them up and held 76 of China''s 126 community foundations by the end of 2019. Jing''an''s own foundation was not found, so the level is inferred.',
   '社区基金会旨在以社会资金支持社会组织和居民项目；上海鼓励街镇设立，到2019年底全国126家社区基金会中上海占76家。静安区自己的基金会未查到，因此该等级属推断。'),
  ((SELECT id FROM cases WHERE code = 'shanghai-jingan'), (SELECT id FROM indicators WHERE code = 'linkage'),
   3, 'low',
   'Thesis, chapter 5 (model name)' || char(10)
   || 'https://whb.cn/zhuzhan/cs/20190613/270070.html',
   'The consultation half of the model implies residents and stakeholders deciding together, but no Jing''an joint meetings or consultation bodies are named; the nearby "three meetings" (三会) system comes from Huangpu, not Jing''an.',
   '模式中的“社区协商”意味着居民与相关方共同议事，但未见静安区联席会议或协商机构的名称；邻近的“三会”制度源自黄浦区，并非静安区。'),
  ((SELECT id FROM cases WHERE code = 'shanghai-jingan'), (SELECT id FROM indicators WHERE code = 'services'),
   2, 'low',
   'No direct source (thesis, chapter 5)',
   'The sources do not describe which community services Jing''an delivers; coded as emerging for lack of evidence, not as a judgement of actual provision.',
   '资料没有描述静安区提供哪些社区服务；因缺乏证据评为起步，并非对其实际服务水平的判断。'),
  ((SELECT id FROM cases WHERE code = 'shanghai-jingan'), (SELECT id FROM indicators WHERE code = 'methods'),
   3, 'low',
   'Thesis, chapter 5 (model name)' || char(10)
   || 'https://m.fx361.cc/news/2018/0509/19293440.html',
   'The model combines project grants from foundations with community consultation, and the 2015 national opinions on urban-rural community consultation apply to Jing''an; Jing''an''s own procedures were not found.',
   '该模式把基金会的项目资助与社区协商结合起来，2015年中办、国办《关于加强城乡社区协商的意见》也适用于静安区；但静安区自身的具体程序未查到。'),
  ((SELECT id FROM cases WHERE code = 'shanghai-jingan'), (SELECT id FROM indicators WHERE code = 'resources'),
   4, 'medium',
   'http://yjcf.org.cn/news/566' || char(10)
   || 'https://m.xzbu.com/1/view-15169995.htm' || char(10)
   || 'https://www.jfdaily.com/news/detail?id=174892',
   'Community foundations bring social money down to the community level; Shanghai''s 2014 reform promoted them in sub-districts, and at the end of 2019 Shanghai held 76 of China''s 126 community foundations (67 joined the 2019 open day). Jing''an''s own foundation, capital and grants were not found.',
   '社区基金会把社会资金引向社区层面；上海2014年改革推动街镇设立，到2019年底全国126家社区基金会中上海有76家（67家参加了2019年开放日）。静安区自身基金会的名称、资金和资助情况未查到。'),
  ((SELECT id FROM cases WHERE code = 'shanghai-jingan'), (SELECT id FROM indicators WHERE code = 'results'),
   2, 'low',
   'No direct source (thesis, chapter 5)',
   'No resident evaluation or public reporting of outcomes was found for Jing''an; coded as emerging by default.',
   '未见静安区居民评价或成效公开通报的资料；按一般情况评为起步。'),
  ((SELECT id FROM cases WHERE code = 'shanghai-jingan'), (SELECT id FROM indicators WHERE code = 'responsibilities'),
   2, 'low',
   'No direct source (thesis, chapter 5)',
   'Consultation can share duties with residents, but no conventions, councils or volunteer duty systems are reported for Jing''an.',
   '协商有助于与居民分担责任，但未见静安区居民公约、理事会或志愿值守制度的资料。'),
  ((SELECT id FROM cases WHERE code = 'shanghai-jingan'), (SELECT id FROM indicators WHERE code = 'public-spirit'),
   3, 'low',
   'https://www.jfdaily.com/news/detail?id=174892' || char(10)
   || 'https://m.xzbu.com/1/view-15169995.htm',
   'Community foundations rely on local giving, and 67 Shanghai foundations took part in the 2019 open day, which points to an active culture of giving; this is city-level evidence, not Jing''an''s own.',
   '社区基金会依靠本地捐赠，2019年上海有67家社区基金会参加开放日，显示出较活跃的公益氛围；但这是全市层面的证据，并非针对静安区。');

-- 6.3 Baotou Qingshan ---------------------------------------------------------

INSERT INTO scores (case_id, indicator_id, value, confidence, source, evidence_en, evidence_zh) VALUES
  ((SELECT id FROM cases WHERE code = 'baotou-qingshan'), (SELECT id FROM indicators WHERE code = 'institutions'),
   4, 'high',
   'https://huhehaote.baogaosu.com/xinwen/包头青山区为社区之网注入新张力/27541649' || char(10)
   || 'http://m.handmsg.com/page/2023/0108/14450732.shtml',
   'In January 2012 Qingshan was the first district in Baotou to launch a sub-district and community reform with a stated division of duties between government, residents and society; it was confirmed as a national pilot zone in 2014 and later reorganised its sub-district offices into five offices and a party-mass service centre.',
   '2012年1月，青山区在包头市率先启动街道社区治理改革，明确了政府、群众和社会之间的职责分工；2014年被确认为全国实验区，后来又把街道办事处整合为5个办公室和1个党群服务中心。'),
  ((SELECT id FROM cases WHERE code = 'baotou-qingshan'), (SELECT id FROM indicators WHERE code = 'platform'),
   3, 'medium',
   'https://huhehaote.baogaosu.com/xinwen/包头青山区为社区之网注入新张力/27541649',
   'The reform report names a community information platform; how far it covers the district''s communities is not stated.',
   '改革报道提到建设了社区信息平台，但没有说明它覆盖全区社区的程度。'),
  ((SELECT id FROM cases WHERE code = 'baotou-qingshan'), (SELECT id FROM indicators WHERE code = 'participants'),
   3, 'medium',
   'https://huhehaote.baogaosu.com/xinwen/包头青山区为社区之网注入新张力/27541649',
   'The reform''s rule that government does not replace what society can provide leaves room for social organisations and residents; no seats, funding or volunteer systems are described.',
   '改革提出“社会可办的事不替代”，为社会组织和居民参与留出了空间；但未见席位、资金或志愿服务制度等具体保障。'),
  ((SELECT id FROM cases WHERE code = 'baotou-qingshan'), (SELECT id FROM indicators WHERE code = 'linkage'),
   3, 'medium',
   'http://m.handmsg.com/page/2023/0108/14450732.shtml',
   'A later joint-work mechanism, "九联" (about 2022), ties units together around the party-mass service centre; how it works in detail is not given.',
   '2022年前后建立的“九联”联合工作机制依托党群服务中心把各单位联系起来；具体运作细节资料未提供。'),
  ((SELECT id FROM cases WHERE code = 'baotou-qingshan'), (SELECT id FROM indicators WHERE code = 'services'),
   3, 'medium',
   'https://huhehaote.baogaosu.com/xinwen/包头青山区为社区之网注入新张力/27541649' || char(10)
   || 'http://m.handmsg.com/page/2023/0108/14450732.shtml',
   'Better community services are a stated aim of the reform, and a party-mass service centre was set up later; the range of services is not listed, and the slogan 精街强社促服务 is unverified.',
   '提升社区服务是改革的既定目标，后来又设立了党群服务中心；但具体服务项目未列明，“精街强社促服务”的提法也未核实。'),
  ((SELECT id FROM cases WHERE code = 'baotou-qingshan'), (SELECT id FROM indicators WHERE code = 'methods'),
   3, 'medium',
   'https://huhehaote.baogaosu.com/xinwen/包头青山区为社区之网注入新张力/27541649',
   'Resident deliberation is reported in named communities (纺织, 迎宾二, 北新) alongside an information platform, so more than one method is in use; how routine they are across all 47 communities is not stated.',
   '资料明确提到纺织、迎宾二、北新等社区开展居民议事，并配有信息平台，可见不止一种治理方式；但在全部47个社区中的常态化程度没有说明。'),
  ((SELECT id FROM cases WHERE code = 'baotou-qingshan'), (SELECT id FROM indicators WHERE code = 'resources'),
   3, 'low',
   'Thesis, chapter 5 (model name, unverified)',
   'Read as "slim the sub-district, strengthen the community", the model name implies moving staff and functions down to communities, but that name is unverified and no figures on funds or staff are given.',
   '若把模式名称理解为“精简街道、强化社区”，意味着人员和职能下沉社区；但该名称未核实，资料也没有给出资金或人员数据。'),
  ((SELECT id FROM cases WHERE code = 'baotou-qingshan'), (SELECT id FROM indicators WHERE code = 'results'),
   2, 'low',
   'No direct source (thesis, chapter 5)',
   'No resident evaluation or public reporting of outcomes was found for Qingshan; coded as emerging by default.',
   '未见青山区居民评价或成效公开通报的资料；按一般情况评为起步。'),
  ((SELECT id FROM cases WHERE code = 'baotou-qingshan'), (SELECT id FROM indicators WHERE code = 'responsibilities'),
   3, 'medium',
   'https://huhehaote.baogaosu.com/xinwen/包头青山区为社区之网注入新张力/27541649',
   'The reform''s rule that government does not take over what residents can manage hands some duties back to residents, and deliberation in several communities puts this into practice; no conventions or councils are named.',
   '改革提出“群众能管的事不包揽”，把部分事务交还居民，多个社区的居民议事也体现了这一点；但未见具名的居民公约或理事会。'),
  ((SELECT id FROM cases WHERE code = 'baotou-qingshan'), (SELECT id FROM indicators WHERE code = 'public-spirit'),
   2, 'low',
   'http://riskofasbestos.com/jytabl/94129.html',
   'With 44 ethnic groups, unity and participation activities are likely, but the sources describe none; coded as emerging by default.',
   '全区有44个民族，很可能开展民族团结和居民参与活动，但资料没有描述；按一般情况评为起步。');

-- 6.4 Changchun (sourced pilot unit: Kuancheng District) ---------------------

INSERT INTO scores (case_id, indicator_id, value, confidence, source, evidence_en, evidence_zh) VALUES
  ((SELECT id FROM cases WHERE code = 'changchun'), (SELECT id FROM indicators WHERE code = 'institutions'),
   3, 'high',
   'http://www.zezeg.cn/i79027.htm',
   'A city document on community building (长办发〔2011〕39号) and Kuancheng''s stated pattern of government support, social take-up, professional backing and project operation give written rules for the linkage.',
   '长春市关于社区建设的文件（长办发〔2011〕39号）以及宽城区“政府扶持、社会承接、专业支撑、项目运作”的做法，为三社联动提供了成文规则。'),
  ((SELECT id FROM cases WHERE code = 'changchun'), (SELECT id FROM indicators WHERE code = 'platform'),
   2, 'low',
   'https://m.fx361.cc/news/2017/1206/2686093.html',
   'In three-society linkage the community itself is called the "platform", but no information or linkage system is described for Changchun or Kuancheng.',
   '三社联动中“社区是平台”，但资料没有描述长春或宽城区的信息系统或联动平台。'),
  ((SELECT id FROM cases WHERE code = 'changchun'), (SELECT id FROM indicators WHERE code = 'participants'),
   4, 'high',
   'http://www.zezeg.cn/i79027.htm',
   'In Kuancheng the government funds projects, social organisations take them up and professional social workers back them across 57 communities, so diverse actors are resourced to take part.',
   '宽城区由政府扶持，社会组织承接项目，专业社工提供支撑，覆盖57个社区，多元主体参与有资源保障。'),
  ((SELECT id FROM cases WHERE code = 'changchun'), (SELECT id FROM indicators WHERE code = 'linkage'),
   5, 'high',
   'http://www.zezeg.cn/i79027.htm' || char(10)
   || 'https://m.fx361.cc/news/2017/1206/2686093.html',
   'Communities, social organisations and social workers are linked across Kuancheng''s 57 urban communities; the Ministry''s on-site mid-term evaluation scored it 97 and the batch-3 mid-term bulletin praised its three-society linkage.',
   '宽城区在57个城市社区推行社区、社会组织与社会工作者三社联动；民政部实地中期评估得97分，第三批实验区中期通报也对其三社联动给予肯定。'),
  ((SELECT id FROM cases WHERE code = 'changchun'), (SELECT id FROM indicators WHERE code = 'services'),
   3, 'medium',
   'http://www.zezeg.cn/i79027.htm',
   'Projects run by social organisations with social-work support bring professional services into communities; which services, and how many, are not listed.',
   '由社会组织承接、社工提供支撑的项目把专业服务带进社区；但具体服务内容和数量资料未列明。'),
  ((SELECT id FROM cases WHERE code = 'changchun'), (SELECT id FROM indicators WHERE code = 'methods'),
   3, 'high',
   'http://www.zezeg.cn/i79027.htm',
   'Project-based operation and professional social-work methods are named directly as parts of the Kuancheng model.',
   '项目化运作和专业社会工作方法被明确列为宽城区做法的组成部分。'),
  ((SELECT id FROM cases WHERE code = 'changchun'), (SELECT id FROM indicators WHERE code = 'resources'),
   3, 'medium',
   'http://www.zezeg.cn/i79027.htm',
   'Government support for projects implies funds flowing to community-level work in 57 communities; budgets and the balance between communities are not given.',
   '政府扶持项目意味着资金流向57个社区的基层工作；但预算数额和社区之间的均衡情况资料未提供。'),
  ((SELECT id FROM cases WHERE code = 'changchun'), (SELECT id FROM indicators WHERE code = 'results'),
   4, 'medium',
   'http://www.zezeg.cn/i79027.htm',
   'The Ministry''s mid-term evaluation score of 97 is a measured, published outcome; it reflects an official review rather than residents'' own evaluation, hence 4 and medium confidence.',
   '民政部中期评估97分是经过测量并公开的成效；但它反映的是官方评估而非居民自己的评价，故评4级、可信度中等。'),
  ((SELECT id FROM cases WHERE code = 'changchun'), (SELECT id FROM indicators WHERE code = 'responsibilities'),
   3, 'medium',
   'http://www.zezeg.cn/i79027.htm',
   'Under "social take-up", social organisations carry out tasks once left to government, so duties are shared; residents'' own duties (conventions, councils) are not described.',
   '在“社会承接”之下，社会组织承担了原由政府负责的事务，实现了责任分担；但居民自身的责任安排（如公约、理事会）资料未见描述。'),
  ((SELECT id FROM cases WHERE code = 'changchun'), (SELECT id FROM indicators WHERE code = 'public-spirit'),
   2, 'low',
   'No direct source (thesis, chapter 5)',
   'Volunteering and resident participation are not described for Changchun''s linkage model; coded as emerging by default.',
   '资料没有描述长春三社联动中的志愿服务和居民参与情况；按一般情况评为起步。');

-- 6.5 Chengdu Qingyang (Qingyang-specific facts not found: all low) -----------

INSERT INTO scores (case_id, indicator_id, value, confidence, source, evidence_en, evidence_zh) VALUES
  ((SELECT id FROM cases WHERE code = 'chengdu-qingyang'), (SELECT id FROM indicators WHERE code = 'institutions'),
   3, 'low',
   'https://epaper.neamco.com/gmrb/html/2020-06/18/nw.D110000gmrb_20200618_3-10.htm',
   'Chengdu''s urban-rural community development and governance committee (2017) and its "one core, three kinds of governance" mechanism give a city-wide set of rules; Qingyang''s own rules were not found.',
   '成都市2017年设立城乡社区发展治理委员会，推行“一核三治”机制，形成全市统一的制度框架；青羊区自身的规则未查到。'),
  ((SELECT id FROM cases WHERE code = 'chengdu-qingyang'), (SELECT id FROM indicators WHERE code = 'platform'),
   4, 'low',
   'Thesis, chapter 5 (model name)' || char(10)
   || 'https://jicengzhizhi.com/2022/1107/1535.shtml',
   '"Big linkage" implies a joint platform tying departments and grid forces together, and the framework is sourced for Chengdu (Chenghua uses it); Qingyang''s linkage centre and grid system were not found.',
   '“大联动”意味着以联合平台把各部门和网格力量连接起来，该框架在成都有据可查（成华区也在运用）；但青羊区的联动中心和网格体系未查到。'),
  ((SELECT id FROM cases WHERE code = 'chengdu-qingyang'), (SELECT id FROM indicators WHERE code = 'participants'),
   2, 'low',
   'No direct source (thesis, chapter 5)',
   'No Qingyang-specific guarantees for social organisations or residents were found; coded as emerging by default.',
   '未查到青羊区为社会组织或居民参与提供保障的具体资料；按一般情况评为起步。'),
  ((SELECT id FROM cases WHERE code = 'chengdu-qingyang'), (SELECT id FROM indicators WHERE code = 'linkage'),
   4, 'low',
   'https://jicengzhizhi.com/2022/1107/1535.shtml' || char(10)
   || 'https://epaper.neamco.com/gmrb/html/2020-06/18/nw.D110000gmrb_20200618_3-10.htm',
   'The "big linkage" framework and a city committee that pools more than 40 departments point to strong joint working, but this rests on the model name and city-level facts, not on Qingyang sources.',
   '“大联动”框架和统筹40多个部门的市级委员会显示出较强的协同联动，但这一判断依据的是模式名称和市级资料，而非青羊区本身的资料。'),
  ((SELECT id FROM cases WHERE code = 'chengdu-qingyang'), (SELECT id FROM indicators WHERE code = 'services'),
   3, 'low',
   'https://epaper.neamco.com/gmrb/html/2020-06/18/nw.D110000gmrb_20200618_3-10.htm',
   'Chengdu''s city-wide community governance reaches more than 4,000 communities; Qingyang''s own services are not described.',
   '成都全市社区发展治理覆盖4000多个城乡社区；青羊区自身的服务情况资料未见描述。'),
  ((SELECT id FROM cases WHERE code = 'chengdu-qingyang'), (SELECT id FROM indicators WHERE code = 'methods'),
   3, 'low',
   'Thesis, chapter 5 (model name)' || char(10)
   || 'https://jicengzhizhi.com/2022/1107/1535.shtml',
   '"Micro-governance" suggests self-governance by compounds and residents'' groups alongside grid work; no Qingyang procedures are described.',
   '“微治理”意味着院落、居民小组层面的自治与网格化工作相结合；但未见青羊区具体做法的描述。'),
  ((SELECT id FROM cases WHERE code = 'chengdu-qingyang'), (SELECT id FROM indicators WHERE code = 'resources'),
   3, 'low',
   'https://epaper.neamco.com/gmrb/html/2020-06/18/nw.D110000gmrb_20200618_3-10.htm',
   'The city committee was set up to pool resources from over 40 departments for communities; how they reach Qingyang''s communities is not known.',
   '市级委员会的设立是为了统筹40多个部门的资源投向社区；这些资源如何到达青羊区各社区，不得而知。'),
  ((SELECT id FROM cases WHERE code = 'chengdu-qingyang'), (SELECT id FROM indicators WHERE code = 'results'),
   3, 'low',
   'https://m.jiusongjiankang.com/health/news/4380619.html (weak source, unverified)',
   'A weak aggregator source says Qingyang was rated "excellent" in Sichuan''s second batch of provincial community-governance pilots (end of 2022); unverified.',
   '一处较弱的资讯聚合来源称，青羊区在2022年底四川省第二批省级社区治理试点评估中获评“优”，未核实。'),
  ((SELECT id FROM cases WHERE code = 'chengdu-qingyang'), (SELECT id FROM indicators WHERE code = 'responsibilities'),
   3, 'low',
   'Thesis, chapter 5 (model name)',
   '"Micro-governance" implies compounds and residents'' groups taking charge of their own affairs; no councils or conventions are named for Qingyang.',
   '“微治理”意味着院落和居民小组自行管理本单元事务；但未见青羊区具名的理事会或公约。'),
  ((SELECT id FROM cases WHERE code = 'chengdu-qingyang'), (SELECT id FROM indicators WHERE code = 'public-spirit'),
   2, 'low',
   'No direct source (thesis, chapter 5)',
   'Nothing is reported on volunteering, trust or identity in Qingyang; coded as emerging by default.',
   '未见青羊区志愿服务、相互信任或社区认同方面的资料；按一般情况评为起步。');

-- 6.6 Karamay -----------------------------------------------------------------

INSERT INTO scores (case_id, indicator_id, value, confidence, source, evidence_en, evidence_zh) VALUES
  ((SELECT id FROM cases WHERE code = 'karamay'), (SELECT id FROM indicators WHERE code = 'institutions'),
   4, 'high',
   'http://www.jizihe.com/page/2017/0701/15690526.shtml',
   'A leading group chaired by the district party secretary and the district head, with 23 member units, runs the pilot, and the work is written into performance appraisal.',
   '由区委书记、区长任组长，23个成员单位组成的领导小组负责实验区工作，并将其纳入绩效考核。'),
  ((SELECT id FROM cases WHERE code = 'karamay'), (SELECT id FROM indicators WHERE code = 'platform'),
   4, 'medium',
   'http://soolun.net/periodical/d85ea5683aebd75ec34e1e5b7cf0c221.html' || char(10)
   || 'http://zhongguoshequ1990.org/Con2016GX_list.asp?id=160',
   'Three service platforms (community, social organisations and digital city management) are reported, building on earlier grid management; how far they are integrated across departments is inferred, not described.',
   '资料提到社区、社会组织和数字化城市管理三个服务平台，此前还实行网格化管理；各部门之间的整合程度属推断，资料没有描述。'),
  ((SELECT id FROM cases WHERE code = 'karamay'), (SELECT id FROM indicators WHERE code = 'participants'),
   4, 'high',
   'http://www.jizihe.com/page/2017/0701/15690526.shtml',
   'The "7+7" structure puts the party organisation at the core, basic-level government in the lead and residents as the main body, with social organisations and co-building units taking part, and the source sets out the roles of named actors, including the "Fanghuiju" work teams.',
   '“7+7”格局以党组织为核心、基层政府为主导、居民为主体，社会组织和共建单位共同参与，资料还明确了包括“访惠聚”工作队在内的各主体职责。'),
  ((SELECT id FROM cases WHERE code = 'karamay'), (SELECT id FROM indicators WHERE code = 'linkage'),
   4, 'high',
   'http://www.jizihe.com/page/2017/0701/15690526.shtml',
   'The 23 member units of the leading group work together on the pilot, and three-society linkage was showcased at an on-site meeting in December 2016.',
   '领导小组的23个成员单位协同推进实验区工作，三社联动在2016年12月的现场会上得到展示。'),
  ((SELECT id FROM cases WHERE code = 'karamay'), (SELECT id FROM indicators WHERE code = 'services'),
   3, 'medium',
   'http://www.jizihe.com/page/2017/0701/15690526.shtml' || char(10)
   || 'http://soolun.net/periodical/d85ea5683aebd75ec34e1e5b7cf0c221.html',
   'Raising community services is the pilot''s stated theme and three service platforms exist; the specific services delivered are not listed.',
   '提升社区服务水平是实验区的既定主题，并建有三个服务平台；但具体提供哪些服务，资料未列明。'),
  ((SELECT id FROM cases WHERE code = 'karamay'), (SELECT id FROM indicators WHERE code = 'methods'),
   4, 'high',
   'http://www.jizihe.com/page/2017/0701/15690526.shtml' || char(10)
   || 'http://zhongguoshequ1990.org/Con2016GX_list.asp?id=160' || char(10)
   || 'http://soolun.net/periodical/d85ea5683aebd75ec34e1e5b7cf0c221.html',
   'Deliberation, residents'' conventions, grid management, tiered self-governance and building councils are all reported, and several were showcased at the 2016 on-site meeting.',
   '资料记载了议事协商、居民公约、网格化管理、梯次式自治和楼宇理事会等多种方式，其中几项在2016年现场会上作了展示。'),
  ((SELECT id FROM cases WHERE code = 'karamay'), (SELECT id FROM indicators WHERE code = 'resources'),
   3, 'low',
   'http://www.jizihe.com/page/2017/0701/15690526.shtml',
   'Co-building units and the 23 member units suggest resources flowing to communities, but no figures on funds, staff or balance between communities are given.',
   '共建单位和23个成员单位的参与表明有资源流向社区，但资料没有给出资金、人员或社区间均衡方面的数据。'),
  ((SELECT id FROM cases WHERE code = 'karamay'), (SELECT id FROM indicators WHERE code = 'results'),
   2, 'low',
   'No direct source (thesis, chapter 5)',
   'No resident evaluation or public reporting of outcomes for residents was found; the on-site meeting showcased practices, not results.',
   '未见居民评价或面向居民的成效公开通报；现场会展示的是做法，而不是成效。'),
  ((SELECT id FROM cases WHERE code = 'karamay'), (SELECT id FROM indicators WHERE code = 'responsibilities'),
   4, 'high',
   'http://www.jizihe.com/page/2017/0701/15690526.shtml' || char(10)
   || 'http://soolun.net/periodical/d85ea5683aebd75ec34e1e5b7cf0c221.html',
   'Residents'' conventions and building councils, set up as residents'' self-governing units, share duties with residents, who are named as the main body of governance.',
   '居民公约和作为居民自治单元的楼宇理事会让居民分担责任，资料也明确居民是治理的主体。'),
  ((SELECT id FROM cases WHERE code = 'karamay'), (SELECT id FROM indicators WHERE code = 'public-spirit'),
   3, 'medium',
   'http://soolun.net/periodical/d85ea5683aebd75ec34e1e5b7cf0c221.html' || char(10)
   || 'http://zhongguoshequ1990.org/Con2016GX_list.asp?id=160',
   'Building councils show residents organising themselves in a district of 38 ethnic groups; volunteering and inter-ethnic unity activities are not described directly.',
   '楼宇理事会体现出居民的自我组织，全区有38个民族；但志愿服务和民族团结活动资料没有直接描述。');

-- 6.7 National baseline (reference profile, not a measurement) ---------------

INSERT INTO scores (case_id, indicator_id, value, confidence, source, evidence_en, evidence_zh) VALUES
  ((SELECT id FROM cases WHERE code = 'national-baseline'), (SELECT id FROM indicators WHERE code = 'institutions'),
   2, 'low', 'Thesis, chapter 4 (reference profile)',
   'Reference, not a measurement: the thesis finds rules that exist on paper but are weak in operation, which the rubric reads as emerging.',
   '参照值，非测量结果：论文指出制度虽有但运行乏力，按量表视为起步。'),
  ((SELECT id FROM cases WHERE code = 'national-baseline'), (SELECT id FROM indicators WHERE code = 'platform'),
   2, 'low', 'Thesis, chapter 4 (reference profile)',
   'Reference, not a measurement: platforms are described as underbuilt or little used.',
   '参照值，非测量结果：论文认为平台建设不足或利用不够。'),
  ((SELECT id FROM cases WHERE code = 'national-baseline'), (SELECT id FROM indicators WHERE code = 'participants'),
   1, 'low', 'Thesis, chapter 4 (reference profile)',
   'Reference, not a measurement: actors other than government are said to play too small a role, with participation stated more often than guaranteed.',
   '参照值，非测量结果：论文认为政府以外的主体作用发挥不够，参与多停留在表述层面，缺少保障。'),
  ((SELECT id FROM cases WHERE code = 'national-baseline'), (SELECT id FROM indicators WHERE code = 'linkage'),
   1, 'low', 'Thesis, chapter 4 (reference profile)',
   'Reference, not a measurement: poor linkage between actors is one of the shortcomings the thesis names.',
   '参照值，非测量结果：主体之间联动不畅是论文列出的短板之一。'),
  ((SELECT id FROM cases WHERE code = 'national-baseline'), (SELECT id FROM indicators WHERE code = 'services'),
   2, 'low', 'Thesis, chapter 4 (reference profile)',
   'Reference, not a measurement: community services exist but are described as thin.',
   '参照值，非测量结果：社区服务虽有提供，但内容单薄。'),
  ((SELECT id FROM cases WHERE code = 'national-baseline'), (SELECT id FROM indicators WHERE code = 'methods'),
   2, 'low', 'Thesis, chapter 4 (reference profile)',
   'Reference, not a measurement: the thesis finds only a few governance methods in use.',
   '参照值，非测量结果：论文指出治理方式较为单一。'),
  ((SELECT id FROM cases WHERE code = 'national-baseline'), (SELECT id FROM indicators WHERE code = 'resources'),
   1, 'low', 'Thesis, chapter 4 (reference profile)',
   'Reference, not a measurement: governance resources are described as unevenly allocated.',
   '参照值，非测量结果：论文认为治理资源配置不均衡。'),
  ((SELECT id FROM cases WHERE code = 'national-baseline'), (SELECT id FROM indicators WHERE code = 'results'),
   1, 'low', 'Thesis, chapter 4 (reference profile)',
   'Reference, not a measurement: the thesis finds that residents do not share in the results of governance.',
   '参照值，非测量结果：论文认为治理成果未能由居民共享。'),
  ((SELECT id FROM cases WHERE code = 'national-baseline'), (SELECT id FROM indicators WHERE code = 'responsibilities'),
   1, 'low', 'Thesis, chapter 4 (reference profile)',
   'Reference, not a measurement: the thesis finds that governance responsibilities are not shared.',
   '参照值，非测量结果：论文认为治理责任未能共同承担。'),
  ((SELECT id FROM cases WHERE code = 'national-baseline'), (SELECT id FROM indicators WHERE code = 'public-spirit'),
   1, 'low', 'Thesis, chapter 4 (reference profile)',
   'Reference, not a measurement: community public spirit is described as weak.',
   '参照值，非测量结果：论文认为社区公共精神薄弱。');


-- ---------------------------------------------------------------------------
-- 7. Weight sets (raw weights; the analysis normalises them within each group)
-- ---------------------------------------------------------------------------

INSERT INTO weight_sets (id, code, name_en, name_zh, note_en, note_zh, position) VALUES
  (1, 'equal', 'Equal weights', '等权',
   'Equal weights for the three dimensions, and equal weights for the indicators within each dimension.',
   '三个维度等权，各维度内的指标也等权。',
   0),
  (2, 'co-enjoyment-first', 'Co-enjoyment first', '共享优先',
   'Puts what residents get back first: co-enjoyment weighs as much as co-construction and co-governance '
   || 'together (1 : 1 : 2), and within each dimension the indicator on society''s own part counts double: '
   || 'diversified participants, multi-actor linkage and shared results. A lens for readers who judge a '
   || 'model by whether residents and social organisations take part and benefit, rather than by the '
   || 'strength of the government''s own arrangements.',
   '突出居民获得感：共享维度的权重等于共建与共治之和（1∶1∶2）；各维度内体现社会自身作用的指标'
   || '（多元主体参与保障、多元主体协同联动、成果共享）权重加倍。适合以居民和社会组织是否参与、是否受益，'
   || '而非以政府自身安排是否完备来评判模式的读者。',
   1);

INSERT INTO dimension_weights (weight_set_id, dimension_id, weight) VALUES
  ((SELECT id FROM weight_sets WHERE code = 'equal'),              (SELECT id FROM dimensions WHERE code = 'co-construction'), 1),
  ((SELECT id FROM weight_sets WHERE code = 'equal'),              (SELECT id FROM dimensions WHERE code = 'co-governance'),   1),
  ((SELECT id FROM weight_sets WHERE code = 'equal'),              (SELECT id FROM dimensions WHERE code = 'co-enjoyment'),    1),
  ((SELECT id FROM weight_sets WHERE code = 'co-enjoyment-first'), (SELECT id FROM dimensions WHERE code = 'co-construction'), 1),
  ((SELECT id FROM weight_sets WHERE code = 'co-enjoyment-first'), (SELECT id FROM dimensions WHERE code = 'co-governance'),   1),
  ((SELECT id FROM weight_sets WHERE code = 'co-enjoyment-first'), (SELECT id FROM dimensions WHERE code = 'co-enjoyment'),    2);

INSERT INTO indicator_weights (weight_set_id, indicator_id, weight) VALUES
  -- equal
  ((SELECT id FROM weight_sets WHERE code = 'equal'), (SELECT id FROM indicators WHERE code = 'institutions'),     1),
  ((SELECT id FROM weight_sets WHERE code = 'equal'), (SELECT id FROM indicators WHERE code = 'platform'),         1),
  ((SELECT id FROM weight_sets WHERE code = 'equal'), (SELECT id FROM indicators WHERE code = 'participants'),     1),
  ((SELECT id FROM weight_sets WHERE code = 'equal'), (SELECT id FROM indicators WHERE code = 'linkage'),          1),
  ((SELECT id FROM weight_sets WHERE code = 'equal'), (SELECT id FROM indicators WHERE code = 'services'),         1),
  ((SELECT id FROM weight_sets WHERE code = 'equal'), (SELECT id FROM indicators WHERE code = 'methods'),          1),
  ((SELECT id FROM weight_sets WHERE code = 'equal'), (SELECT id FROM indicators WHERE code = 'resources'),        1),
  ((SELECT id FROM weight_sets WHERE code = 'equal'), (SELECT id FROM indicators WHERE code = 'results'),          1),
  ((SELECT id FROM weight_sets WHERE code = 'equal'), (SELECT id FROM indicators WHERE code = 'responsibilities'), 1),
  ((SELECT id FROM weight_sets WHERE code = 'equal'), (SELECT id FROM indicators WHERE code = 'public-spirit'),    1),
  -- co-enjoyment first
  ((SELECT id FROM weight_sets WHERE code = 'co-enjoyment-first'), (SELECT id FROM indicators WHERE code = 'institutions'),     1),
  ((SELECT id FROM weight_sets WHERE code = 'co-enjoyment-first'), (SELECT id FROM indicators WHERE code = 'platform'),         1),
  ((SELECT id FROM weight_sets WHERE code = 'co-enjoyment-first'), (SELECT id FROM indicators WHERE code = 'participants'),     2),
  ((SELECT id FROM weight_sets WHERE code = 'co-enjoyment-first'), (SELECT id FROM indicators WHERE code = 'linkage'),          2),
  ((SELECT id FROM weight_sets WHERE code = 'co-enjoyment-first'), (SELECT id FROM indicators WHERE code = 'services'),         1),
  ((SELECT id FROM weight_sets WHERE code = 'co-enjoyment-first'), (SELECT id FROM indicators WHERE code = 'methods'),          1),
  ((SELECT id FROM weight_sets WHERE code = 'co-enjoyment-first'), (SELECT id FROM indicators WHERE code = 'resources'),        1),
  ((SELECT id FROM weight_sets WHERE code = 'co-enjoyment-first'), (SELECT id FROM indicators WHERE code = 'results'),          2),
  ((SELECT id FROM weight_sets WHERE code = 'co-enjoyment-first'), (SELECT id FROM indicators WHERE code = 'responsibilities'), 1),
  ((SELECT id FROM weight_sets WHERE code = 'co-enjoyment-first'), (SELECT id FROM indicators WHERE code = 'public-spirit'),    1);
