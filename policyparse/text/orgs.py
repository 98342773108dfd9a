"""Is this string an organisation name?

`is_unit_name(s)` is used by the units stage and by the tasks stage (a section whose
heading is a unit). It keys on the shape of Chinese organisation names: a known ending
(局, 厅, 委员会, 人民政府, 公司 …, data/org_suffixes.txt), no verbs or particles that only
running text has, and for generic endings (部门, 单位) a qualifier that makes them a body
(各有关部门, 市直有关部门, 省卫生健康部门).
"""

from __future__ import annotations

from functools import cache, lru_cache

import regex

# Words a name never starts with: verbs and adverbs that open clauses and headings.
_CLAUSE_START = regex.compile(
    r"^(?:推动|推进|加强|加快|完善|提升|促进|深化|强化|优化|健全|实施|打造|培育|支持|引导|鼓励|"
    r"提高|落实|开展|建立|积极|做好|抓好|严格|全面|进一步|坚持|切实|规范|探索|发挥|组织|指导|"
    r"负责|牵头|配合|会同|协调|统筹|依托|按照|根据|通过|围绕|对|由|将|把|请|和|及|与|并|或|等|其他|其它|"
    r"主要|相关工作|工作|本|成立|设立|明确|确保|力争|到|在|以|为|是|有|要)"
)
# Particles and verbs that never stand inside a name (outside its brackets).
_CLAUSE_WORD = regex.compile(r"要|的|由|应当|应该|必须|负责|牵头|配合|会同|进行|开展|推进|加强|按照|通过|办法|方案|[,。;:!?]")
# Generic heads that are a body only with a qualifier.
_GENERIC_END = regex.compile(r"(?:部门|单位|机构|机关)$")
_GENERIC_QUALIFIER = regex.compile(r"^(?:各|有关|相关|全|[省市区县州]直)|有关|相关|成员|所属|直属|^[省市区县州乡镇]")
# Endings that are ordinary words, not bodies, although they end like one.
_FALSE_END = regex.compile(
    r"(?:重组|改组|机组|编组|好处|之处|出处|到处|会议室|教室|座谈会|运动会|博览会|展览会|交易会|"
    r"大会|例会|晚会|机会|社会|都会|理会|体会|学会|协会会|网站|车站|站点|部分|全部|内部|外部|"
    r"局部|东部|西部|南部|北部|中部|底部|顶部|干部|总部|本部|基层部|全局|大局|格局|布局|结局|开局|"
    r"当局|常委|部署|签署|大厅|举办|创办|兴办|承办|督办|代办|领办|协办|主办|开办|申办|交办|查办|帮办|中心城区|核心|重心|信心|决心|用心|中心工作)$"
)
_NAME_CHARS = regex.compile(r"[\p{Han}A-Za-z0-9、]+")
_BRACKETED = regex.compile(r"\([^()]{0,20}\)|〔[^〔〕]{0,20}〕|\[[^\[\]]{0,20}\]|【[^【】]{0,20}】")


@cache  # spares the import statement on every call
def _suffixes() -> tuple[str, ...]:
    from ..units.vocab import org_suffixes

    return org_suffixes()


@lru_cache(maxsize=4096)  # pure in a short string; list readers ask about the same pieces many times
def is_unit_name(s: str) -> bool:
    """True when `s` reads as the name of an organisation (市财政局, 各县(市、区)政府)."""
    s = s.strip()
    if not 2 <= len(s) <= 40:
        return False
    bare = _BRACKETED.sub("", s)
    if len(bare) < 2 or not bare.endswith(_suffixes()):
        return False  # the cheap test first: most pieces of running text end in no organisation suffix
    if _CLAUSE_START.match(bare) or _CLAUSE_WORD.search(bare):
        return False
    if not _NAME_CHARS.fullmatch(bare):
        return False
    # 、 only where level words share one ending: 各区、县政府.
    if "、" in bare and not all(len(part) <= 3 for part in bare.split("、")[:-1]):
        return False
    if _FALSE_END.search(bare):
        return False
    return not (_GENERIC_END.search(bare) and not _GENERIC_QUALIFIER.search(bare))
