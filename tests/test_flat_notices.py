"""Flat OCR text: whole notices with every line break removed parse as their line-broken form.

OCR exports of notices often arrive as one line with no breaks (corpus: shandong-cun-shequ-
liangwei-huanjie-2021, zhongban-guoban-cunzhuang-chebing-2020, guowang-shaanxi-shuzihua-
anquan-guankong-2021). Every notice here is made up (generic 东江市 bodies, invented
sentences) in a shape those exports take: a 印发 notice wrapping a plan, a plan on its own
with labelled lines, a 意见 with (一)…(二十) and unit brackets, rules with 第一章/第一条, a
plan with OCR noise (spaces inside words, 。 read as ., mixed brackets, `4。` numbers), a
工作要点 with an attachment list and the attachment's own text. Each is written with its line
breaks; `"".join(lines)` is the flat export, longer than the sections stage's FLAT_LINE.

Expected values are read from the line-broken text per the annotation guide. The flat text
must give the same metadata, sections, tasks, units, deadlines and targets, except where the
guide says otherwise (corpus/README.md, call 1): a caption with no 。 or : after it runs into
its first sentence, so its heading (and, for a leaf, its task title) is caption + sentence.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

import policyparse
from policyparse.stages import section_body
from policyparse.text.normalize import fold

# Framing paragraphs (no numbers, units or years): the length of a real notice's preamble.
PREAMBLE = (
"近年来,在各级各部门的共同努力下,相关工作取得了积极进展,基础设施条件持续改善,公共服务能力稳步提升,群众获得感明显增强。"
"同时也要看到,城乡之间、区域之间发展仍不平衡,部分领域基础薄弱、投入不足,体制机制还不够健全,专业人才相对缺乏,"
"与人民群众日益增长的美好生活需要相比还存在一定差距。各地各部门要充分认识做好这项工作的重要性和紧迫性,"
"坚持问题导向和目标导向相统一,坚持政府引导与市场运作相结合,坚持尽力而为与量力而行相协调,"
"把握好工作的时度效,以钉钉子精神抓好各项任务落实。要坚持系统观念,统筹发展和安全,注重前瞻性思考、全局性谋划、整体性推进,"
"加强政策协同和部门联动,形成上下贯通、左右协同、齐抓共管的工作格局。要坚持以人民为中心,尊重群众意愿,"
"充分调动社会各方面的积极性、主动性和创造性,推动形成共建共治共享的良好局面。要坚持改革创新,"
"鼓励基层大胆探索,及时总结推广好经验好做法,不断完善制度机制,增强工作的系统性、整体性和协同性。"
"要坚持实事求是,从实际出发,因地制宜、分类指导,不搞一刀切,不盲目攀比,防止形式主义、官僚主义。"
"要坚持依法依规,严格执行有关法律法规和政策规定,规范工作程序,切实维护群众合法权益。"
"要加强统计监测和信息报送,准确掌握工作进展情况,为科学决策提供有力支撑。"
)

PREAMBLE2 = (
"当前,我市正处于转变发展方式、优化经济结构、转换增长动力的关键时期,人民群众对高品质生活的期待更加强烈,"
"对公共服务的便利性、公平性和可及性提出了更高要求。推进这项工作,既是补齐民生短板、增进民生福祉的现实需要,"
"也是扩大有效投资、促进消费升级、推动高质量发展的重要举措。各级各部门要站在全局高度,主动担当作为,"
"加强工作统筹,细化实化措施,压紧压实责任,确保各项工作有序推进、取得实效。"
"要注重听取基层干部群众的意见建议,及时回应社会关切,把好事办好、实事办实,"
"让人民群众在共建共享中有更多获得感、幸福感、安全感。"
)
# A 印发 notice wrapping a plan: unit brackets (牵头单位:…;责任单位:…), a numbered attachment list at the end.
WRAPPED_PLAN = [
"东江市人民政府办公室关于印发东江市数字乡村建设实施方案的通知",
"东政办发〔2024〕12号",
"各县(市、区)人民政府,市政府各部门、各直属机构:",
"《东江市数字乡村建设实施方案》已经市政府同意,现印发给你们,请结合实际认真组织实施。",
"东江市人民政府办公室",
"2024年3月15日",
"东江市数字乡村建设实施方案",
"为加快推进数字乡村建设,提升农业农村现代化水平,结合我市实际,制定本方案。" + PREAMBLE,
"一、总体要求",
"坚持以人民为中心的发展思想,坚持统筹规划、分类推进、试点先行、以点带面,充分发挥信息化对乡村振兴的驱动作用,着力补齐农村信息基础设施短板,推动数字技术与农业生产、乡村治理、民生服务深度融合,加快形成城乡一体、共建共享的数字发展格局。到2026年,全市乡村信息基础设施明显改善,农业生产经营数字化水平显著提升,乡村数字治理体系基本建立,数字惠民服务覆盖所有行政村。",
"二、重点任务",
"(一)完善乡村信息基础设施。推进光纤网络和移动通信网络向自然村和人口聚居区延伸,加快农村公路、水利、电网等传统基础设施数字化改造,到2025年新建5G基站1200个以上,行政村光纤通达率保持100%。(牵头单位:市工信局;责任单位:各县(市、区)人民政府)",
"(二)发展智慧农业。推广农业物联网、遥感监测和智能农机装备,建设一批数字农业示范基地,支持新型农业经营主体应用数字技术开展精准生产,到2026年建成数字农业示范基地30个以上。(牵头单位:市农业农村局;责任单位:各县(市、区)人民政府)",
"(三)培育农村数字经济。完善县乡村三级电子商务服务体系,支持农产品加工企业、合作社开展网络营销,培育一批农产品网络品牌,到2026年全市农村网络零售额达到50亿元。(牵头单位:市商务局;责任单位:市农业农村局、各县(市、区)人民政府)",
"(四)提升乡村数字治理能力。推动基层党建、村务管理、综治网格等信息系统整合共享,推广“村级事务线上办”,引导村民通过移动终端参与村庄公共事务,2025年底前实现村级事务网上公开全覆盖。(牵头单位:市委组织部;责任单位:市民政局、市政务服务数据管理局)",
"(五)推进数字惠民服务。推动教育、医疗、养老、就业、社保等公共服务向农村延伸,建设乡镇便民服务中心和村级综合服务站点,到2026年每个乡镇建成远程医疗服务点不少于2个。(牵头单位:市卫生健康委;责任单位:市教育局、市人力资源社会保障局)",
"(六)加强农村网络文化建设。实施乡村文化资源数字化工程,推动图书馆、文化馆、博物馆数字资源向农村延伸,支持创作反映乡村振兴的优秀网络文化产品,丰富农民群众精神文化生活,营造健康向上的网络环境。(牵头单位:市委宣传部;责任单位:市文化广电旅游局)",
"(七)推动乡村生态环境智慧监管。整合生态环境、自然资源、水利等部门监测数据,建立农村人居环境和农业面源污染监测体系,到2026年主要河流重点断面实现在线监测全覆盖。(牵头单位:市生态环境局;责任单位:市自然资源局、市水利局)",
"三、保障措施",
"(一)加强组织领导。建立市级数字乡村建设统筹协调机制,定期研究解决建设中的重大问题,各县(市、区)要明确责任分工,细化工作措施,确保各项任务落到实处。(责任单位:市农业农村局)",
"(二)强化资金保障。统筹用好各级涉农资金和信息化建设资金,引导金融机构加大对数字乡村项目的信贷支持,市级财政每年安排数字乡村建设专项资金不少于3000万元。(责任单位:市财政局)",
"(三)强化人才支撑。实施农民数字素养与技能提升行动,依托职业院校和培训机构开展电商、直播、农机操作等实用技能培训,每年培训新型职业农民2000人次以上,引导高校毕业生返乡从事数字乡村相关工作。(责任单位:市人力资源社会保障局、市农业农村局)",
"(四)加强督导评估。将数字乡村建设纳入乡村振兴实绩考核内容,建立健全工作台账和定期调度制度,适时开展第三方评估,对工作推进不力的地区进行通报。(责任单位:市政府督查室)",
"附件:1.重点任务分工表",
"2.年度工作计划",
]
# A plan on its own (no wrapper): labelled lines 牵头单位:/责任单位:/配合单位:/完成时限: after each item, run together when flat.
LABELLED_PLAN = [
"东江市老旧小区改造提升三年行动方案(2024—2026年)",
"为改善城镇居民居住条件,提升城市品质和人居环境,根据国家和省关于推进城镇老旧小区改造的部署,结合我市实际,制定本方案。" + PREAMBLE + PREAMBLE2,
"一、工作目标",
"2024年至2026年,全市计划改造建成年代较早、失养失修失管的城镇老旧小区320个,惠及居民4.5万户,基本完成需改造老旧小区的改造任务,小区基础设施、公共服务设施和居住环境明显改善,形成一批可复制可推广的改造模式和长效管理机制。",
"二、主要任务",
"(一)改造提升基础设施。重点对小区供水、排水、供电、供气、道路、消防、安防等设施进行改造,同步推进管线入地和架空线规整,有条件的小区加装电梯,到2026年累计加装电梯200台以上。",
"牵头单位:市住房城乡建设局",
"责任单位:各县(市、区)人民政府",
"完成时限:2026年12月底前",
"(二)完善公共服务设施。结合小区实际补齐养老、托育、助餐、便民市场、快递收发等服务设施,推动相邻小区及周边地区统筹建设、联动改造,实现公共服务设施共建共享。",
"牵头单位:市民政局",
"责任单位:市商务局、市邮政管理局",
"完成时限:2025年12月底前",
"(三)推进绿色社区建设。开展小区绿化补植和公共空间整治,推广建筑节能改造和雨水收集利用,改造小区公共照明设施,改造后小区绿化覆盖率达到30%以上。",
"牵头单位:市城市管理局",
"责任单位:市自然资源局、市生态环境局",
"完成时限:2026年6月底前",
"(四)健全长效管理机制。指导改造后的小区成立业主委员会或业主自治组织,引入专业化物业服务,建立小区公共设施维护资金归集和使用制度,确保改造成果长期发挥作用。",
"牵头单位:市住房城乡建设局",
"配合单位:各街道办事处",
"完成时限:长期坚持",
"三、保障措施",
"(一)加强统筹协调。成立由市政府分管负责同志任组长的老旧小区改造工作专班,建立联席会议制度,研究解决改造中遇到的困难和问题,统筹推进各项工作。",
"牵头单位:市住房城乡建设局",
"(二)多渠道筹措资金。积极争取中央和省级补助资金,市、县两级财政按比例安排配套资金,引导居民通过直接出资、使用住宅专项维修资金等方式合理分担改造费用,吸引社会资本参与改造和运营。",
"牵头单位:市财政局",
"责任单位:市发展改革委、各县(市、区)人民政府",
"(三)优化审批流程。精简老旧小区改造项目审批事项和环节,推行联合审查和并联审批,对不涉及土地权属变化的项目免予办理用地手续,改造项目审批时间压减至30个工作日以内。",
"牵头单位:市政务服务数据管理局",
"责任单位:市自然资源局",
"(四)强化宣传引导。充分利用报刊、广播电视和网络媒体宣传改造政策和典型经验,畅通居民意见反映渠道,引导居民积极参与改造方案制定、施工监督和后续管理,营造共建共治共享的良好氛围。",
"牵头单位:市委宣传部",
"责任单位:各县(市、区)人民政府",
"(五)严格质量安全监管。落实项目法人责任制、招标投标制、工程监理制和合同管理制,加强施工现场安全文明管理,组织居民代表参与工程质量监督和竣工验收,确保改造工程质量和施工安全。",
"牵头单位:市住房城乡建设局",
"配合单位:市应急管理局、市市场监管局",
]
# A 意见 with items (一)…(二十) numbered across its parts, unlabelled unit brackets (X负责), one unnumbered attachment.
OPINION = [
"东江市人民政府关于进一步优化营商环境的若干意见",
"东政发〔2024〕7号",
"各县(市、区)人民政府,市政府各部门:",
"为深入贯彻落实国家和省关于优化营商环境的决策部署,进一步激发市场主体活力,现提出如下意见。" + PREAMBLE,
"一、提升政务服务效能",
"(一)深化“一网通办”。推动政务服务事项全部纳入一体化政务服务平台办理,到2025年底政务服务事项网上可办率达到98%以上。(市政务服务数据管理局负责)",
"(二)推行“一件事一次办”。围绕企业和群众高频事项,梳理形成集成办理清单,实现一次告知、一表申请、一窗受理。(市政务服务数据管理局、市司法局负责)",
"(三)压减企业开办时间。推行企业开办全程网上办理,将企业开办时间压缩至1个工作日以内。(市市场监管局负责)",
"(四)优化工程建设项目审批。深化工程建设项目审批制度改革,推行区域评估和告知承诺制,一般社会投资项目审批时间控制在40个工作日以内。(市住房城乡建设局、市自然资源局负责)",
"(五)规范中介服务。清理规范行政审批中介服务事项,建设网上中介服务超市,严禁指定中介机构。(市发展改革委负责)",
"二、降低企业经营成本",
"(六)落实减税降费政策。全面落实国家和省出台的各项税费优惠政策,确保应享尽享、直达快享。(市税务局、市财政局负责)",
"(七)降低用能成本。推进电力市场化交易,降低企业用电用气报装成本,低压小微企业用电报装实现零投资。(市发展改革委、国网东江供电公司负责)",
"(八)降低物流成本。优化城市配送车辆通行管理,支持建设公共物流配送中心,推动社会物流总费用占地区生产总值比率下降0.5个百分点。(市交通运输局、市商务局负责)",
"(九)规范涉企收费。开展涉企收费专项检查,坚决查处乱收费、乱罚款、乱摊派行为。(市市场监管局负责)",
"(十)加大融资支持。引导金融机构扩大普惠小微贷款投放,到2025年全市普惠小微贷款余额增长15%以上,政府性融资担保费率降至1%以下。(市财政局、人民银行东江市分行负责)",
"三、营造公平竞争的市场环境",
"(十一)落实市场准入负面清单制度。全面清理市场准入隐性壁垒,确保各类市场主体依法平等进入。(市发展改革委、市商务局负责)",
"(十二)加强公平竞争审查。对新出台的涉及市场主体经济活动的政策措施全部开展公平竞争审查。(市市场监管局负责)",
"(十三)规范招标投标活动。推行电子招标投标全流程应用,严厉打击串通投标、围标等违法行为。(市发展改革委、市公共资源交易中心负责)",
"(十四)保障中小企业款项支付。建立拖欠账款定期披露和投诉处理机制,机关、事业单位和大型企业不得违约拖欠中小企业账款。(市工业和信息化局负责)",
"(十五)推进信用体系建设。完善信用修复机制,推行信用承诺制,在招投标、融资等领域广泛应用信用报告。(市发展改革委、人民银行东江市分行负责)",
"四、加强法治保障和组织实施",
"(十六)依法保护产权。依法平等保护各类市场主体产权和合法权益,严格规范涉案财产处置。(市中级法院、市检察院、市公安局负责)",
"(十七)推行包容审慎监管。制定轻微违法行为免罚清单,对新技术新产业新业态实行包容审慎监管。(市司法局、市市场监管局负责)",
"(十八)畅通诉求渠道。完善营商环境投诉举报处理机制,投诉事项办结率达到100%。(市政府办公室负责)",
"(十九)开展营商环境评价。每年对各县(市、区)和市直部门开展营商环境评价,评价结果向社会公开。(市发展改革委负责)",
"(二十)强化督促落实。将优化营商环境工作纳入年度综合考核,对工作不力、造成不良影响的依规依纪严肃问责。(市政府督查室负责)",
"附件:东江市营商环境重点任务清单",
"东江市人民政府",
"2024年4月8日",
]
# Rules with chapters and articles: 第一章 总则第一条 … when flat.
RULES = [
"东江市公共数据共享开放管理办法",
"第一章 总则",
"第一条 为了规范公共数据共享开放活动,提升政府治理能力和公共服务水平,促进数字经济发展,根据有关法律法规,结合本市实际,制定本办法。",
"第二条 本市行政区域内公共管理和服务机构开展公共数据的采集、归集、共享、开放、使用及其相关管理活动,适用本办法。",
"第三条 本办法所称公共数据,是指本市各级行政机关以及履行公共管理和服务职能的事业单位在依法履职过程中产生或者获取的各类数据资源。",
"第四条 市政务服务数据管理局负责统筹、指导、协调和监督全市公共数据共享开放工作,组织编制公共数据资源目录。",
"第五条 市发展改革、财政、网信、公安等部门按照各自职责,做好公共数据共享开放相关工作。各县(市、区)人民政府负责本行政区域内公共数据共享开放的组织实施。",
"第二章 数据采集与归集",
"第六条 公共管理和服务机构应当按照一数一源、一源多用的要求,依据法定职责采集公共数据,不得重复采集、多头采集。",
"第七条 公共数据资源目录由市政务服务数据管理局会同各数据提供单位编制,并根据法律法规和职责的变化及时调整。",
"第八条 公共管理和服务机构应当将本单位采集的公共数据向市公共数据平台归集,确保数据真实、准确、完整、及时。新增数据应当在产生之日起15个工作日内完成归集。",
"第九条 公共数据存在错误、遗漏等情形的,使用单位可以向数据提供单位提出校核申请,数据提供单位应当在5个工作日内予以核实处理。",
"第三章 数据共享",
"第十条 公共数据以共享为原则,不共享为例外。公共数据按照共享属性分为无条件共享、有条件共享和不予共享三类。无条件共享的公共数据,提供给所有公共管理和服务机构共享使用;有条件共享的公共数据,仅提供给相关公共管理和服务机构共享使用。",
"第十一条 公共管理和服务机构因履行职责需要使用其他单位公共数据的,应当通过市公共数据平台提出申请,数据提供单位应当在10个工作日内答复。",
"第十二条 通过共享获得的公共数据,只能用于本单位依法履行职责的需要,不得以任何形式提供给第三方,也不得用于其他目的。",
"第十三条 市政务服务数据管理局应当建立公共数据共享评价机制,定期对数据提供和使用情况进行评估,评估结果作为数字政府建设考核的依据。",
"第四章 数据开放",
"第十四条 公共数据开放遵循分类分级、需求导向、安全可控的原则,优先开放与民生紧密相关、社会迫切需要、商业增值潜力大的数据。",
"第十五条 市政务服务数据管理局应当会同有关部门制定年度公共数据开放计划,明确开放数据的范围、类型、条件和更新频率,并向社会公布。",
"第十六条 公民、法人和其他组织可以通过公共数据开放平台获取无条件开放的数据;获取有条件开放的数据,应当签订数据利用协议。",
"第十七条 鼓励公民、法人和其他组织利用开放的公共数据开展科学研究、产品开发和数据加工等活动,市政府对具有示范效应的应用项目给予支持。",
"第五章 安全保障",
"第十八条 市网信部门负责统筹协调公共数据安全管理工作,市公安机关负责公共数据安全的监督检查,依法查处危害公共数据安全的违法行为。",
"第十九条 公共管理和服务机构应当落实数据安全主体责任,建立数据安全管理制度,采取加密、脱敏、访问控制等技术措施,防止数据泄露、篡改和滥用。",
"第二十条 发生公共数据安全事件的,有关单位应当立即启动应急预案,采取补救措施,并按照规定向有关主管部门报告。",
"第六章 监督管理",
"第二十一条 市政务服务数据管理局应当会同市网信部门建立公共数据共享开放监督检查制度,每年对公共管理和服务机构的数据归集、共享、开放情况开展检查,检查结果纳入年度绩效考核。",
"第二十二条 公共管理和服务机构应当指定专门机构和人员负责本单位公共数据共享开放工作,建立健全内部管理制度,做好数据的日常维护和更新。",
"第二十三条 公民、法人和其他组织认为开放的公共数据侵犯其商业秘密、个人隐私等合法权益的,有权要求数据开放主体及时撤回或者删除相关数据,数据开放主体应当立即核实并依法处理。",
"第二十四条 公共管理和服务机构及其工作人员违反本办法规定,未按照要求归集、共享、开放公共数据,或者擅自将共享数据用于其他目的的,由市政务服务数据管理局责令限期改正;逾期不改正的,予以通报批评;情节严重的,对直接负责的主管人员和其他直接责任人员依法给予处分。",
"第二十五条 负责公共数据共享开放管理的工作人员在工作中滥用职权、玩忽职守、徇私舞弊的,依法给予处分;构成犯罪的,依法追究刑事责任。",
"第二十六条 数据利用主体违反数据利用协议,超出约定范围使用公共数据,或者利用公共数据从事违法活动的,数据开放主体应当终止向其提供数据,并依法追究其法律责任。",
"第二十七条 市政务服务数据管理局应当定期向市人民政府报告公共数据共享开放工作情况,并通过政府网站向社会公布公共数据共享开放的年度报告,接受社会监督。",
"第七章 附则",
"第二十八条 法律、法规对公共数据共享开放另有规定的,从其规定。",
"第二十九条 本办法自2024年7月1日起施行。",
]
# OCR noise: 。 read as ., full-width and half-width brackets mixed, spaced-out captions, `4。` list numbers.
NOISY_PLAN = [
"东江市教育局关于印发《东江市中小学课后服务提质行动方案》的通知",
"东教发〔2024〕21号",
"各县(市、区)教育局,市直各学校:",
"现将《东江市中小学课后服务提质行动方案》印发给你们,请结合实际认真贯彻执行.",
"东江市教育局",
"2024年8月20日",
"东江市中小学课后服务提质行动方案",
"为进一步提高课后服务质量,更好满足学生多样化学习需求,切实减轻家长负担,制定本方案。" + PREAMBLE + PREAMBLE2,
"一、工作目标",
"到2025年秋季学期,全市义务教育学校课后服务实现全覆盖,学生自愿参与率达到95%以上,课后服务内容更加丰富,服务质量明显提升,家长满意度持续提高。",
"二、重点工作",
"（一）丰 富 服 务 内 容",
"1.开展作业辅导。课后服务时间内安排教师指导学生认真完成作业,对学习有困难的学生进行个别辅导,小学生在校内基本完成书面作业.(责任单位:各县(市、区)教育局)",
"2.拓展素质教育活动。因地制宜开展科普、文体、艺术、劳动、阅读、兴趣小组及社团活动,每所学校开设课后服务特色项目不少于5个。（责任单位：各县（市、区）教育局）",
"3.用好社会资源。统筹利用少年宫、科技馆、博物馆、体育场馆等校外资源,引进具备资质的非营利机构参与课后服务,建立准入和退出机制.(责任单位:市教育局、市科协)",
"4。推进课后服务数字化。依托智慧教育平台提供优质课程资源,支持学校开展线上答疑和个性化学习指导。(责任单位:市教育局电教馆)",
"(二)强 化 师 资 保 障",
"5.合理安排教师工作时间。学校可根据教师参与课后服务情况实行弹性上下班制度,保障教师合理休息时间.(责任单位:各县(市、区)教育局)",
"6.落实经费保障。采取财政补贴、服务性收费或代收费等方式筹措课后服务经费,确保经费主要用于参与课后服务教师和相关人员的补助。(责任单位:市财政局、市发展改革委)",
"7。加强人员培训。每年组织课后服务骨干教师专题培训,到2025年实现课后服务教师培训全覆盖,累计培训教师3000人次以上。(责任单位:市教育局)",
"（三）完 善 管 理 机 制",
"8.建立课后服务评价制度。将课后服务开展情况纳入学校办学质量评价和教育督导内容,评价结果向社会公开.(责任单位:市政府教育督导室)",
"9.规范校外培训机构参与行为。严格审核进校机构资质和课程内容,坚决防止以课后服务名义变相开展学科类培训。(责任单位:市教育局、市市场监管局)",
"10.加强安全管理。健全课后服务安全管理制度,落实学生接送、食品卫生、消防和应急疏散等措施,确保学生安全。(责任单位:各县(市、区)教育局、市公安局)",
"11.畅通家校沟通渠道。通过家长会、家长学校、线上平台等方式及时向家长公开课后服务时间、内容和收费标准,广泛听取家长意见建议,定期开展满意度调查并持续改进服务。(责任单位:各县(市、区)教育局)",
"三、组织保障",
"各县(市、区)教育局要将课后服务作为民生实事抓紧抓好,于每学期开学前一个月制定课后服务实施方案并报市教育局备案.市教育局将适时组织专项检查,对工作成效明显的地区和学校予以通报表扬。",
"附件:1.东江市中小学课后服务工作情况统计表",
"2.东江市课后服务进校机构备案表",
]
# A 工作要点 with items 1.–10. across its parts, an attachment list, then the attachment's own text (一、…五、).
WORK_POINTS = [
"东江市农业农村局关于印发2024年全市农业农村工作要点的通知",
"东农发〔2024〕3号",
"各县(市、区)农业农村局,局机关各科室、局属各单位:",
"现将《2024年全市农业农村工作要点》印发给你们,请认真抓好落实。",
"东江市农业农村局",
"2024年2月6日",
"2024年全市农业农村工作要点",
"2024年全市农业农村工作的总体思路是:坚持农业农村优先发展,守牢确保粮食安全、防止规模性返贫等底线,扎实推进乡村发展、乡村建设、乡村治理等重点工作,加快建设农业强市。" + PREAMBLE + PREAMBLE2,
"一、稳定粮食和重要农产品供给",
"1.稳定粮食播种面积。严格落实粮食安全党政同责,全年粮食播种面积稳定在420万亩以上,总产量保持在30亿斤以上。",
"2.推进高标准农田建设。新建和改造提升高标准农田25万亩,9月底前完成年度建设任务。",
"3.抓好生猪稳产保供。落实生猪产能调控机制,能繁母猪存栏稳定在正常保有量的95%以上。",
"二、推进乡村产业发展",
"4.做强农产品加工业。培育市级以上农业产业化龙头企业20家以上,农产品加工业产值增长8%。",
"5.发展乡村休闲旅游。打造休闲农业精品线路10条,推介一批美丽休闲乡村。",
"三、加强乡村建设和治理",
"6.改善农村人居环境。扎实推进农村厕所革命和生活垃圾污水治理,农村卫生厕所普及率达到92%。",
"7.深化农村改革。稳慎推进农村宅基地制度改革,发展壮大新型农村集体经济,年底前集体经营性收入10万元以上的村占比达到60%以上。",
"四、强化农业科技和人才支撑",
"8.加快农业科技创新。围绕种业、智能农机、绿色投入品等领域组织开展关键技术攻关,推动科研院所与龙头企业共建研发平台,加快科技成果在田间地头转化应用,全市农业科技进步贡献率达到65%。",
"9.加强农业农村人才队伍建设。实施高素质农民培育计划,全年培育高素质农民3000人,深入推行科技特派员制度,引导各类人才投身乡村振兴,为农业农村现代化提供有力的人才保障。",
"10.提升农业防灾减灾能力。健全农业气象灾害监测预警体系,完善重大动物疫病和农作物病虫害防控机制,落实农业保险保费补贴政策,增强农业抗风险能力。",
"附件:1.2024年农业农村重点工作责任分工",
"2.2024年农业农村重点项目清单",
"附件1",
"2024年农业农村重点工作责任分工",
"一、粮食生产",
"由市农业技术推广中心牵头,各县(市、区)农业农村局负责,抓好粮食播种面积和产量目标落实。",
"二、产业发展",
"由市农业产业化发展中心牵头,市农产品质量安全检测中心配合,抓好农业产业化龙头企业培育和休闲农业发展,及时总结推广各地典型经验做法。",
"三、乡村建设",
"由市农村社会事业发展中心牵头,各县(市、区)农业农村局负责,抓好农村人居环境整治和村庄清洁行动。",
"四、科技人才",
"由市农业科学研究所牵头,各县(市、区)农业农村局负责,抓好农业关键技术攻关、高素质农民培育和科技特派员选派工作,每季度向局党组报告工作进展情况。",
"五、防灾减灾",
"由市动物疫病预防控制中心牵头,市农业技术推广中心配合,抓好农业气象灾害监测预警和农作物病虫害防控工作,汛期前组织开展农业生产安全隐患全面排查整治。",
]

NOTICES = {
    "wrapped_plan": WRAPPED_PLAN,
    "labelled_plan": LABELLED_PLAN,
    "opinion": OPINION,
    "rules": RULES,
    "noisy_plan": NOISY_PLAN,
    "work_points": WORK_POINTS,
}

# --- what a careful reader finds in the line-broken text -------------------------------------

_COUNTIES = "各县(市、区)人民政府"

METADATA = {
    "wrapped_plan": dict(
        title="东江市人民政府办公室关于印发东江市数字乡村建设实施方案的通知", doc_number="东政办发〔2024〕12号",
        issuer="东江市人民政府办公室", signed_date="2024-03-15", recipients=[_COUNTIES, "市政府各部门、各直属机构"],
        enclosed_title="东江市数字乡村建设实施方案", attachments=["重点任务分工表", "年度工作计划"]),
    "labelled_plan": dict(
        title="东江市老旧小区改造提升三年行动方案(2024—2026年)", doc_number=None, issuer=None, signed_date=None,
        recipients=[], enclosed_title=None, attachments=[]),
    "opinion": dict(
        title="东江市人民政府关于进一步优化营商环境的若干意见", doc_number="东政发〔2024〕7号", issuer="东江市人民政府",
        signed_date="2024-04-08", recipients=[_COUNTIES, "市政府各部门"], enclosed_title=None,
        attachments=["东江市营商环境重点任务清单"]),
    "rules": dict(
        title="东江市公共数据共享开放管理办法", doc_number=None, issuer=None, signed_date=None, recipients=[],
        enclosed_title=None, attachments=[]),
    "noisy_plan": dict(
        title="东江市教育局关于印发《东江市中小学课后服务提质行动方案》的通知", doc_number="东教发〔2024〕21号",
        issuer="东江市教育局", signed_date="2024-08-20", recipients=["各县(市、区)教育局", "市直各学校"],
        enclosed_title="东江市中小学课后服务提质行动方案",
        attachments=["东江市中小学课后服务工作情况统计表", "东江市课后服务进校机构备案表"]),
    "work_points": dict(
        title="东江市农业农村局关于印发2024年全市农业农村工作要点的通知", doc_number="东农发〔2024〕3号",
        issuer="东江市农业农村局", signed_date="2024-02-06", recipients=["各县(市、区)农业农村局", "局机关各科室、局属各单位"],
        enclosed_title="2024年全市农业农村工作要点",
        attachments=["2024年农业农村重点工作责任分工", "2024年农业农村重点项目清单"]),
}


def _outline(spec: str) -> list[tuple[int, str, str]]:
    """'1 一 总体要求 / 2 (一) 完善…' → [(1, '一', '总体要求'), (2, '(一)', '完善…')]."""
    rows = []
    for row in spec.split("/"):
        level, number, heading = row.split()
        rows.append((int(level), number, heading))
    return rows


def _article(line: str) -> str:
    """An article's heading: its first sentence (guide: up to the first 。)."""
    return line.split(" ", 1)[1].split("。")[0]


def _rule(number: str) -> str:
    return next(line for line in RULES if line.startswith(number + " "))


OUTLINES = {
    "wrapped_plan": _outline(
        "1 一 总体要求 / 1 二 重点任务 / 2 (一) 完善乡村信息基础设施 / 2 (二) 发展智慧农业 / 2 (三) 培育农村数字经济"
        " / 2 (四) 提升乡村数字治理能力 / 2 (五) 推进数字惠民服务 / 2 (六) 加强农村网络文化建设"
        " / 2 (七) 推动乡村生态环境智慧监管 / 1 三 保障措施 / 2 (一) 加强组织领导 / 2 (二) 强化资金保障"
        " / 2 (三) 强化人才支撑 / 2 (四) 加强督导评估"),
    "labelled_plan": _outline(
        "1 一 工作目标 / 1 二 主要任务 / 2 (一) 改造提升基础设施 / 2 (二) 完善公共服务设施 / 2 (三) 推进绿色社区建设"
        " / 2 (四) 健全长效管理机制 / 1 三 保障措施 / 2 (一) 加强统筹协调 / 2 (二) 多渠道筹措资金 / 2 (三) 优化审批流程"
        " / 2 (四) 强化宣传引导 / 2 (五) 严格质量安全监管"),
    "opinion": _outline(
        "1 一 提升政务服务效能 / 2 (一) 深化“一网通办” / 2 (二) 推行“一件事一次办” / 2 (三) 压减企业开办时间"
        " / 2 (四) 优化工程建设项目审批 / 2 (五) 规范中介服务 / 1 二 降低企业经营成本 / 2 (六) 落实减税降费政策"
        " / 2 (七) 降低用能成本 / 2 (八) 降低物流成本 / 2 (九) 规范涉企收费 / 2 (十) 加大融资支持"
        " / 1 三 营造公平竞争的市场环境 / 2 (十一) 落实市场准入负面清单制度 / 2 (十二) 加强公平竞争审查"
        " / 2 (十三) 规范招标投标活动 / 2 (十四) 保障中小企业款项支付 / 2 (十五) 推进信用体系建设"
        " / 1 四 加强法治保障和组织实施 / 2 (十六) 依法保护产权 / 2 (十七) 推行包容审慎监管 / 2 (十八) 畅通诉求渠道"
        " / 2 (十九) 开展营商环境评价 / 2 (二十) 强化督促落实"),
    # Chapters at level 1 (the caption ends at the next heading when flat: 第一章总则第一条…),
    # articles at level 2 headed by their first sentence.
    "rules": [
        (1, line.split()[0], line.split()[1]) if line.split()[0].endswith("章") else (2, line.split()[0], _article(line))
        for line in RULES[1:]
    ],
    # 4。 and 7。 are OCR for 4. and 7. (guide call 16), at a line start as when run in.
    "noisy_plan": _outline(
        "1 一 工作目标 / 1 二 重点工作 / 2 (一) 丰富服务内容 / 3 1 开展作业辅导 / 3 2 拓展素质教育活动 / 3 3 用好社会资源"
        " / 3 4 推进课后服务数字化 / 2 (二) 强化师资保障 / 3 5 合理安排教师工作时间 / 3 6 落实经费保障 / 3 7 加强人员培训"
        " / 2 (三) 完善管理机制 / 3 8 建立课后服务评价制度 / 3 9 规范校外培训机构参与行为 / 3 10 加强安全管理"
        " / 3 11 畅通家校沟通渠道 / 1 三 组织保障"),
    # The attachment list is no section; the attachment's own text (一、…五、) is.
    "work_points": _outline(
        "1 一 稳定粮食和重要农产品供给 / 2 1 稳定粮食播种面积 / 2 2 推进高标准农田建设 / 2 3 抓好生猪稳产保供"
        " / 1 二 推进乡村产业发展 / 2 4 做强农产品加工业 / 2 5 发展乡村休闲旅游 / 1 三 加强乡村建设和治理"
        " / 2 6 改善农村人居环境 / 2 7 深化农村改革 / 1 四 强化农业科技和人才支撑 / 2 8 加快农业科技创新"
        " / 2 9 加强农业农村人才队伍建设 / 2 10 提升农业防灾减灾能力"
        " / 1 一 粮食生产 / 1 二 产业发展 / 1 三 乡村建设 / 1 四 科技人才 / 1 五 防灾减灾"),
}


def _tasks(spec: str) -> list[tuple]:
    """One task a line: 'number | title | lead | responsible | cooperating | deadline years',
    units joined by 、 outside brackets (written with ;), years by ,."""
    rows = []
    for line in spec.strip().splitlines():
        number, title, lead, resp, coop, years = (cell.strip() for cell in line.split("|"))
        units = {(name, role) for names, role in ((lead, "lead"), (resp, "responsible"), (coop, "cooperating"))
                 for name in names.split(";") if name}
        rows.append((number, title, frozenset(units), frozenset(int(y) for y in years.split(",") if y)))
    return rows


TASKS = {
    "wrapped_plan": _tasks(f"""
        (一) | 完善乡村信息基础设施 | 市工信局 | {_COUNTIES} | | 2025
        (二) | 发展智慧农业 | 市农业农村局 | {_COUNTIES} | | 2026
        (三) | 培育农村数字经济 | 市商务局 | 市农业农村局;{_COUNTIES} | | 2026
        (四) | 提升乡村数字治理能力 | 市委组织部 | 市民政局;市政务服务数据管理局 | | 2025
        (五) | 推进数字惠民服务 | 市卫生健康委 | 市教育局;市人力资源社会保障局 | | 2026
        (六) | 加强农村网络文化建设 | 市委宣传部 | 市文化广电旅游局 | |
        (七) | 推动乡村生态环境智慧监管 | 市生态环境局 | 市自然资源局;市水利局 | | 2026
        (一) | 加强组织领导 | | 市农业农村局 | |
        (二) | 强化资金保障 | | 市财政局 | |
        (三) | 强化人才支撑 | | 市人力资源社会保障局;市农业农村局 | |
        (四) | 加强督导评估 | | 市政府督查室 | |
    """),
    # 完成时限:长期坚持 sets no deadline (guide call 17).
    "labelled_plan": _tasks(f"""
        (一) | 改造提升基础设施 | 市住房城乡建设局 | {_COUNTIES} | | 2026
        (二) | 完善公共服务设施 | 市民政局 | 市商务局;市邮政管理局 | | 2025
        (三) | 推进绿色社区建设 | 市城市管理局 | 市自然资源局;市生态环境局 | | 2026
        (四) | 健全长效管理机制 | 市住房城乡建设局 | | 各街道办事处 |
        (一) | 加强统筹协调 | 市住房城乡建设局 | | |
        (二) | 多渠道筹措资金 | 市财政局 | 市发展改革委;{_COUNTIES} | |
        (三) | 优化审批流程 | 市政务服务数据管理局 | 市自然资源局 | |
        (四) | 强化宣传引导 | 市委宣传部 | {_COUNTIES} | |
        (五) | 严格质量安全监管 | 市住房城乡建设局 | | 市应急管理局;市市场监管局 |
    """),
    "opinion": _tasks("""
        (一) | 深化“一网通办” | | 市政务服务数据管理局 | | 2025
        (二) | 推行“一件事一次办” | | 市政务服务数据管理局;市司法局 | |
        (三) | 压减企业开办时间 | | 市市场监管局 | |
        (四) | 优化工程建设项目审批 | | 市住房城乡建设局;市自然资源局 | |
        (五) | 规范中介服务 | | 市发展改革委 | |
        (六) | 落实减税降费政策 | | 市税务局;市财政局 | |
        (七) | 降低用能成本 | | 市发展改革委;国网东江供电公司 | |
        (八) | 降低物流成本 | | 市交通运输局;市商务局 | |
        (九) | 规范涉企收费 | | 市市场监管局 | |
        (十) | 加大融资支持 | | 市财政局;人民银行东江市分行 | | 2025
        (十一) | 落实市场准入负面清单制度 | | 市发展改革委;市商务局 | |
        (十二) | 加强公平竞争审查 | | 市市场监管局 | |
        (十三) | 规范招标投标活动 | | 市发展改革委;市公共资源交易中心 | |
        (十四) | 保障中小企业款项支付 | | 市工业和信息化局 | |
        (十五) | 推进信用体系建设 | | 市发展改革委;人民银行东江市分行 | |
        (十六) | 依法保护产权 | | 市中级法院;市检察院;市公安局 | |
        (十七) | 推行包容审慎监管 | | 市司法局;市市场监管局 | |
        (十八) | 畅通诉求渠道 | | 市政府办公室 | |
        (十九) | 开展营商环境评价 | | 市发展改革委 | |
        (二十) | 强化督促落实 | | 市政府督查室 | |
    """),
    # Rules: only the articles that name a unit for the work in prose (X负责) are tasks.
    "rules": _tasks(f"""
        第四条 | {_article(_rule('第四条'))} | | 市政务服务数据管理局 | |
        第五条 | {_article(_rule('第五条'))} | | {_COUNTIES} | |
        第十八条 | {_article(_rule('第十八条'))} | | 市网信部门;市公安机关 | |
    """),
    # 三、组织保障 is a work part with body text and no items: itself a task.
    "noisy_plan": _tasks("""
        1 | 开展作业辅导 | | 各县(市、区)教育局 | |
        2 | 拓展素质教育活动 | | 各县(市、区)教育局 | |
        3 | 用好社会资源 | | 市教育局;市科协 | |
        4 | 推进课后服务数字化 | | 市教育局电教馆 | |
        5 | 合理安排教师工作时间 | | 各县(市、区)教育局 | |
        6 | 落实经费保障 | | 市财政局;市发展改革委 | |
        7 | 加强人员培训 | | 市教育局 | | 2025
        8 | 建立课后服务评价制度 | | 市政府教育督导室 | |
        9 | 规范校外培训机构参与行为 | | 市教育局;市市场监管局 | |
        10 | 加强安全管理 | | 各县(市、区)教育局;市公安局 | |
        11 | 畅通家校沟通渠道 | | 各县(市、区)教育局 | |
        三 | 组织保障 | | | |
    """),
    # A date with no year (9月底前, 年底前) takes the plan's year (guide call 14).
    "work_points": _tasks("""
        1 | 稳定粮食播种面积 | | | |
        2 | 推进高标准农田建设 | | | | 2024
        3 | 抓好生猪稳产保供 | | | |
        4 | 做强农产品加工业 | | | |
        5 | 发展乡村休闲旅游 | | | |
        6 | 改善农村人居环境 | | | |
        7 | 深化农村改革 | | | | 2024
        8 | 加快农业科技创新 | | | |
        9 | 加强农业农村人才队伍建设 | | | |
        10 | 提升农业防灾减灾能力 | | | |
        一 | 粮食生产 | 市农业技术推广中心 | 各县(市、区)农业农村局 | |
        二 | 产业发展 | 市农业产业化发展中心 | | 市农产品质量安全检测中心 |
        三 | 乡村建设 | 市农村社会事业发展中心 | 各县(市、区)农业农村局 | |
        四 | 科技人才 | 市农业科学研究所 | 各县(市、区)农业农村局 | |
        五 | 防灾减灾 | 市动物疫病预防控制中心 | | 市农业技术推广中心 |
    """),
}

# (text, value, unit, cmp, year, title of its task or None)
TARGETS = {
    "wrapped_plan": [
        ("1200个以上", 1200, "个", ">=", 2025, "完善乡村信息基础设施"),
        ("100%", 100, "%", "=", 2025, "完善乡村信息基础设施"),
        ("30个以上", 30, "个", ">=", 2026, "发展智慧农业"),
        ("50亿元", 50, "亿元", "=", 2026, "培育农村数字经济"),
        ("不少于2个", 2, "个", ">=", 2026, "推进数字惠民服务"),
        ("不少于3000万元", 3000, "万元", ">=", None, "强化资金保障"),
        ("2000人次以上", 2000, "人次", ">=", None, "强化人才支撑"),
    ],
    # The goals paragraph (工作目标, framing) holds targets of no task, for the plan's years.
    "labelled_plan": [
        ("320个", 320, "个", "=", 2026, None),
        ("4.5万户", 4.5, "万户", "=", 2026, None),
        ("200台以上", 200, "台", ">=", 2026, "改造提升基础设施"),
        ("30%以上", 30, "%", ">=", 2026, "推进绿色社区建设"),
    ],
    "opinion": [
        ("98%以上", 98, "%", ">=", 2025, "深化“一网通办”"),
        ("下降0.5个百分点", 0.5, "个百分点", "=", None, "降低物流成本"),
        ("增长15%以上", 15, "%", ">=", 2025, "加大融资支持"),
        ("1%以下", 1, "%", "<=", 2025, "加大融资支持"),
        ("100%", 100, "%", "=", None, "畅通诉求渠道"),
    ],
    "rules": [],
    "noisy_plan": [
        ("95%以上", 95, "%", ">=", 2025, None),
        ("不少于5个", 5, "个", ">=", None, "拓展素质教育活动"),
        ("3000人次以上", 3000, "人次", ">=", 2025, "加强人员培训"),
    ],
    "work_points": [
        # 全年 in a notice for one year (2024年…工作要点) is that year
        ("420万亩以上", 420, "万亩", ">=", 2024, "稳定粮食播种面积"),
        ("30亿斤以上", 30, "亿斤", ">=", 2024, "稳定粮食播种面积"),
        ("25万亩", 25, "万亩", "=", 2024, "推进高标准农田建设"),
        ("95%以上", 95, "%", ">=", None, "抓好生猪稳产保供"),
        ("20家以上", 20, "家", ">=", None, "做强农产品加工业"),
        ("增长8%", 8, "%", "=", None, "做强农产品加工业"),
        ("10条", 10, "条", "=", None, "发展乡村休闲旅游"),
        ("92%", 92, "%", "=", None, "改善农村人居环境"),
        ("60%以上", 60, "%", ">=", 2024, "深化农村改革"),
        ("65%", 65, "%", "=", None, "加快农业科技创新"),
        ("3000人", 3000, "人", "=", 2024, "加强农业农村人才队伍建设"),  # 全年培育…
    ],
}
# Eligibility thresholds are optional targets (guide call 12): scored neither way.
OPTIONAL_TARGETS = {"10万元以上"}

# Captions with neither 。 nor : after them: flat, they run into their paragraph's first sentence.
RUN_ON = {
    "wrapped_plan": ["一、总体要求"],
    "labelled_plan": ["一、工作目标"],
    "opinion": [],
    "rules": [],
    "noisy_plan": ["一、工作目标", "三、组织保障"],
    "work_points": ["一、粮食生产", "二、产业发展", "三、乡村建设", "四、科技人才", "五、防灾减灾"],
}


def _run_on(name: str) -> dict[tuple[str, str], str]:
    """(number, caption) → the flat heading: the caption and its paragraph up to the first 。 or :."""
    lines = NOTICES[name]
    out = {}
    for caption_line in RUN_ON[name]:
        number, caption = caption_line.split("、", 1)
        paragraph = lines[lines.index(caption_line) + 1]
        first = paragraph.split("。")[0].split(":")[0]
        out[(number, caption)] = caption + first
    return out


# --- parsing ----------------------------------------------------------------------------------

FORMS = ["lines", "flat"]


@cache
def _doc(name: str, form: str):
    lines = NOTICES[name]
    return policyparse.parse(("".join if form == "flat" else "\n".join)(lines), format="text")


def _expected_heading(name: str, form: str, number: str, heading: str) -> str:
    return _run_on(name).get((number, heading), heading) if form == "flat" else heading


@pytest.mark.parametrize("name", NOTICES)
def test_flat_form_is_one_long_line(name):
    flat = "".join(NOTICES[name])
    assert "\n" not in flat and len(flat) > section_body.FLAT_LINE


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", NOTICES)
def test_metadata(name, form):
    md = _doc(name, form).metadata
    got = {key: getattr(md, key) for key in METADATA[name]}
    assert got == METADATA[name]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", NOTICES)
def test_sections(name, form):
    doc = _doc(name, form)
    got = [(s.level, s.number, fold(s.heading)) for s in doc.sections]
    expected = [(level, number, fold(_expected_heading(name, form, number, heading)))
                for level, number, heading in OUTLINES[name]]
    assert got == expected


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", NOTICES)
def test_tasks_units_deadlines(name, form):
    doc = _doc(name, form)
    got = [(t.number, fold(t.title), frozenset((fold(u.name), u.role) for u in t.units),
            frozenset(int(d.date[:4]) for d in t.deadlines if d.date)) for t in doc.tasks]
    expected = [(number, fold(_expected_heading(name, form, number, title)),
                 frozenset((fold(n), r) for n, r in units), years)
                for number, title, units, years in TASKS[name]]
    assert got == expected


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", NOTICES)
def test_targets(name, form):
    doc = _doc(name, form)
    titles = {t.id: t.title for t in doc.tasks}
    run_on = {fold(v): fold(k[1]) for k, v in _run_on(name).items()} if form == "flat" else {}
    got = [(fold(t.text), t.value, t.unit, t.cmp, t.year, t.task and run_on.get(fold(titles[t.task]), fold(titles[t.task])))
           for t in doc.targets if fold(t.text) not in OPTIONAL_TARGETS]
    expected = [(fold(text), value, unit, cmp, year, title and fold(title))
                for text, value, unit, cmp, year, title in TARGETS[name]]
    assert got == expected


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", NOTICES)
def test_spans_point_at_their_text(name, form):
    doc = _doc(name, form)
    text = doc.text
    for s in doc.sections:
        assert text[s.heading_span[0] : s.heading_span[1]] == s.heading
        assert text.startswith(s.number, s.span[0])
    for t in doc.tasks:
        assert text[t.span[0] : t.span[1]] == t.text
        for u in t.units:
            assert u.span is None or text[u.span[0] : u.span[1]] == u.name
        for d in t.deadlines:
            assert text[d.span[0] : d.span[1]] == d.text
    for g in doc.targets:
        assert text[g.span[0] : g.span[1]] == g.text


# --- the shapes behind the fixes, one at a time ---------------------------------------------


def test_inline_attachment_list_is_skipped_and_ends_the_last_part():
    """…不少于3000万元。(责任单位:X)附件:1.重点任务分工表2.年度工作计划: the numbered list after
    the 附件: mark is no section and no task, and the last part keeps its own task."""
    doc = _doc("wrapped_plan", "flat")
    text = doc.text
    start = text.index("附件:")
    assert section_body.inline_attachment_lists(text, 0, len(text)) == [(start, text.index("年度工作计划"))]
    last = doc.tasks[-1]
    assert last.title == "加强督导评估"
    assert last.text.endswith("(责任单位:市政府督查室)")
    assert "附件" not in last.text


def test_inline_attachment_label_without_a_list():
    """An unnumbered attachment title after 附件: marks only the label; nothing else is cut."""
    text = "".join(OPINION)
    start = text.index("附件:")
    assert section_body.inline_attachment_lists(text, 0, len(text)) == [(start, start + len("附件:"))]


def test_attachment_text_after_a_line_list_keeps_its_parts():
    """附件:1.… / 2.… / 附件1 / its title / 一、…: the list stops at the attachment's first part."""
    text = "\n".join(WORK_POINTS)
    spans = section_body.attachment_lists(text, 0, len(text))
    assert all(text.index("一、粮食生产") not in range(s, e) for s, e in spans)
    assert [s for s, _ in spans][0] == text.index("附件:")


def test_short_notice_on_one_line_is_flat():
    """An OCR export shorter than FLAT_LINE is flat too when it is (almost) the whole text."""
    lines = [line.replace(PREAMBLE, "") for line in WRAPPED_PLAN]
    flat = "".join(lines)
    assert len(flat) < section_body.FLAT_LINE
    doc = policyparse.parse(flat, format="text")
    expected = [(level, number, _expected_heading("wrapped_plan", "flat", number, heading))
                for level, number, heading in OUTLINES["wrapped_plan"]]
    assert [(s.level, s.number, s.heading) for s in doc.sections] == expected
    assert [t.title for t in doc.tasks][-2:] == ["强化人才支撑", "加强督导评估"]


def test_bracketed_reference_in_a_line_broken_notice():
    """A line-broken notice: (二) run into a sentence without a boundary is a reference, not a heading."""
    text = "东江市推进某项工作方案\n一、主要任务\n(一)加强统筹。有关要求按照本方案(二)执行。\n(二)强化保障。做好相关工作。\n"
    doc = policyparse.parse(text, format="text")
    assert [(s.level, s.number, s.heading) for s in doc.sections] == [
        (1, "一", "主要任务"), (2, "(一)", "加强统筹"), (2, "(二)", "强化保障")]


def test_bracketed_number_after_a_caption_ending_in_a_glue_character():
    """二、降低企业经营成本(六)…: 本 ends the caption here (成本), it does not cite (六)."""
    doc = _doc("opinion", "flat")
    six = next(s for s in doc.sections if s.number == "(六)")
    assert six.heading == "落实减税降费政策"
    assert doc.sections[int(six.parent[1:]) - 1].heading == "降低企业经营成本"


def test_bracketed_reference_inside_an_item_is_no_heading_when_flat():
    """…按照本意见(二)的要求执行。 inside (一): a citation, though (二) is the next number."""
    items = "".join(f"({n})开展第{n}项工作。{PREAMBLE}{PREAMBLE2}" for n in "三四五")
    text = ("东江市人民政府关于推进某项工作的意见一、主要任务(一)加强统筹。具体要求按照本意见(二)的规定执行。"
            "(二)强化保障。做好相关工作。" + items)
    assert len(text) > section_body.FLAT_LINE
    doc = policyparse.parse(text, format="text")
    assert [s.heading for s in doc.sections] == [
        "主要任务", "加强统筹", "强化保障", "开展第三项工作", "开展第四项工作", "开展第五项工作"]


@pytest.mark.parametrize("form", FORMS)
def test_ocr_full_stop_number_needs_an_open_list(form):
    """4。 counts only as the next number of an open N. list: here no 3. is open."""
    lines = ["东江市推进某项工作方案", "一、主要任务", "(一)加强统筹。做好相关工作。" + PREAMBLE + PREAMBLE2,
             "4。完善机制。做好相关工作。", "(二)强化保障。做好相关工作。"]
    doc = policyparse.parse(("".join if form == "flat" else "\n".join)(lines), format="text")
    assert [s.number for s in doc.sections] == ["一", "(一)", "(二)"]


def test_flat_plan_title_with_a_period_bracket():
    """A plan on its own: the title runs to its genre word and the bracket after it, (2024—2026年)."""
    assert _doc("labelled_plan", "flat").metadata.title == "东江市老旧小区改造提升三年行动方案(2024—2026年)"


def test_flat_title_with_a_qualifier_before_the_genre_word():
    """…的若干意见东政发〔2024〕7号: the title ends at 意见 and the 字号 starts after it."""
    md = _doc("opinion", "flat").metadata
    assert (md.title, md.doc_number) == ("东江市人民政府关于进一步优化营商环境的若干意见", "东政发〔2024〕7号")


# OCR noise on the flat wrapped plan; each leaves the outline and the tasks' units as they were.
NOISE = {
    "page numbers between dashes": lambda s: s.replace("(二)发展智慧农业", "- 2 -(二)发展智慧农业")
    .replace("三、保障措施", "—3—三、保障措施"),
    "page number line run in": lambda s: s.replace("(二)发展智慧农业", "第2页共5页(二)发展智慧农业"),
    "。 read as .": lambda s: s.replace("。(牵头单位", ".(牵头单位").replace("。(责任单位", ".(责任单位"),
    "。 read as . before the attachment list": lambda s: s.replace(
        "进行通报。(责任单位:市政府督查室)附件", "进行通报,由市政府督查室负责.附件"),
    "full-width punctuation": lambda s: s.replace("(", "（").replace(")", "）").replace(":", "：").replace(";", "；"),
    "mixed brackets": lambda s: s.replace("(二)", "（二)").replace("(四)", "(四）"),
    "space before 、": lambda s: s.replace("二、重点任务", "二 、重点任务").replace("三、保障措施", "三  、保障措施"),
}


@pytest.mark.parametrize("noise", NOISE)
def test_ocr_noise_keeps_the_outline(noise):
    text = NOISE[noise]("".join(WRAPPED_PLAN))
    doc = policyparse.parse(text, format="text")
    expected = [(level, number, fold(_expected_heading("wrapped_plan", "flat", number, heading)))
                for level, number, heading in OUTLINES["wrapped_plan"]]
    assert [(s.level, s.number, fold(s.heading)) for s in doc.sections] == expected
    assert [(fold(t.title), {(fold(u.name), u.role) for u in t.units}) for t in doc.tasks] == [
        (fold(title), {(fold(n), r) for n, r in units}) for _, title, units, _ in TASKS["wrapped_plan"]]


def test_space_before_the_enumeration_comma_in_line_broken_text():
    text = "东江市推进某项工作方案\n一 、主要任务\n(一)加强统筹。做好相关工作。\n二 、保障措施\n(一)强化保障。做好相关工作。\n"
    doc = policyparse.parse(text, format="text")
    assert [(s.level, s.number, s.heading) for s in doc.sections] == [
        (1, "一", "主要任务"), (2, "(一)", "加强统筹"), (1, "二", "保障措施"), (2, "(一)", "强化保障")]


def test_dash_before_a_number_inside_a_sentence_still_glues():
    """2018—2020 and 第一、二项 stay phrases; only a dashed page number after a sentence end is skipped."""
    body = "(一)加强统筹。实施期为2024年—2026年,按照第一、二项要求执行。" + PREAMBLE + PREAMBLE2
    text = "东江市推进某项工作方案一、主要任务" + body * 2 + "(二)强化保障。做好相关工作。"
    doc = policyparse.parse(text, format="text")
    assert [s.number for s in doc.sections] == ["一", "(一)", "(二)"]


@pytest.mark.parametrize("variant", ["no spaces", "spaced article numbers"])
def test_flat_rules_variants(variant):
    """第一章总则第一条为了… with no spaces at all, and OCR's 第 十 条: the same chapters and articles."""
    flat = "".join(RULES)
    if variant == "no spaces":
        flat = flat.replace(" ", "")
    else:
        for line in RULES:
            number = line.split(" ")[0]
            if number.endswith("条"):
                flat = flat.replace(number + " ", "第 " + number[1:-1] + " 条 ", 1)
    doc = policyparse.parse(flat, format="text")
    assert [(s.level, s.number, fold(s.heading)) for s in doc.sections] == [
        (level, number, fold(heading)) for level, number, heading in OUTLINES["rules"]]
    assert [t.number for t in doc.tasks] == ["第四条", "第五条", "第十八条"]


@pytest.mark.parametrize("form", FORMS)
def test_distribution_footer_ends_the_last_part(form):
    """抄送: after the last part (run in when flat) is no text of that part."""
    lines = [line for line in WRAPPED_PLAN if not line.startswith(("附件", "2.年度"))]
    lines += ["抄送:市委各部门,市人大常委会办公室,市政协办公室。", "东江市人民政府办公室 2024年3月16日印发"]
    doc = policyparse.parse(("".join if form == "flat" else "\n".join)(lines), format="text")
    last = doc.tasks[-1]
    assert (last.title, [u.name for u in last.units]) == ("加强督导评估", ["市政府督查室"])
    assert last.text.endswith("进行通报。(责任单位:市政府督查室)")
    assert doc.sections[-1].span[1] == last.span[1]



@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", ["wrapped_plan", "opinion"])
def test_printed_header_before_the_title(name, form):
    """东江市人民政府文件 and the 字号 printed above the title (run into it when flat)."""
    lines = NOTICES[name]
    issuer = METADATA[name]["issuer"]
    doc = policyparse.parse(("".join if form == "flat" else "\n".join)([issuer + "文件", lines[1], lines[0]] + lines[2:]),
                            format="text")
    md = doc.metadata
    assert {key: getattr(md, key) for key in METADATA[name]} == METADATA[name]
    assert len(doc.tasks) == len(TASKS[name])


def test_a_flat_notice_given_twice_reads_no_more_parts_than_twice_its_own():
    # The second copy's inline 附件:1.…2.… list and its contents line (1.总则1.1编制目的…) run into
    # flat text after the first copy's parts: neither opens an attachment's tree of headings.
    text = (Path(__file__).resolve().parent.parent / "corpus" / "shandong-chengshi-guidao-yunying-yingji-yuan-2020.txt").read_text("utf-8")
    single = policyparse.parse(text)
    double = policyparse.parse(text.rstrip("\n") + "\n" + text)
    assert len(single.sections) > 50
    assert len(double.sections) <= 2 * len(single.sections)
    headings = {s.heading for s in single.sections}
    assert all(s.heading in headings for s in double.sections[len(single.sections) :]), "a heading the notice alone does not have"


def test_a_flat_notice_keeps_the_items_run_in_after_a_caption_with_a_comma():
    # (一)以亩产论英雄,提高亩均产出效益1.持续开展…: with no line breaks the item's number follows
    # its part's caption directly; a comma inside the caption does not make it a sentence.
    text = (Path(__file__).resolve().parent.parent / "corpus" / "zhumadian-chanye-jiqun-2019.txt").read_text("utf-8")
    by_lines = [(s.level, s.number) for s in policyparse.parse(text).sections]
    flat = [(s.level, s.number) for s in policyparse.parse(text.replace("\n", "")).sections]
    assert len(by_lines) > 30 and flat == by_lines


@pytest.mark.parametrize("name", ["guangdong-gonggong-shuju-guanli-banfa-2021", "zhongshan-zhengwu-shuju-guanli-banfa-2020"])
def test_a_government_order_flattened_keeps_its_number_issuer_and_date(name):
    # The rule's title runs into the order line (…管理办法X市人民政府令(第N号)): the 字号 starts
    # after the title's genre word; the issuer is the government, the date the one its head signs.
    text = (Path(__file__).resolve().parent.parent / "corpus" / f"{name}.txt").read_text("utf-8")
    by_lines = policyparse.parse(text).metadata
    flat = policyparse.parse(text.replace("\n", "")).metadata
    assert by_lines.doc_number and by_lines.issuer and by_lines.signed_date
    assert (flat.doc_number, flat.issuer, flat.signed_date) == (by_lines.doc_number, by_lines.issuer, by_lines.signed_date)
