"""One name for the common forms of one body, and a coarse kind where it is sure.

canonical(): the level word (市/省/区 …) is set aside, the body's short form is expanded
from data/org_aliases.tsv (whole bodies first, then stems such as 发改 -> 发展和改革,
with a stem's trailing 委 read as 委员会), and the level is put back. So 市发改委,
市发展改革委 and 市发展和改革委员会 all give 市发展和改革委员会.
"""

from __future__ import annotations

from functools import cache, lru_cache

import regex

from ..text.orgs import is_unit_name
from ..text.textcache import per_text
from . import vocab
from .lists import SHORT_NAME, admin_prefix

_BRACKETED_TAIL = regex.compile(r"(\([^()]*\))$")


@cache
def _stems() -> tuple[tuple[str, str], ...]:
    return tuple(sorted(vocab.org_aliases().items(), key=lambda kv: len(kv[0]), reverse=True))


@cache
def _stem_words() -> tuple[str, ...]:
    return tuple(short for short, _ in _stems())


def _expand_body(body: str) -> str:
    aliases = vocab.org_aliases()
    if body in aliases:
        return aliases[body]
    if not body.startswith(_stem_words()):
        return body  # one call rules out a body that opens with no stem
    for short, full in _stems():
        if body.startswith(short) and len(body) > len(short):
            rest = body[len(short):]
            if rest == "委":
                rest = "委员会"
            return full + rest
    return body


@lru_cache(maxsize=4096)  # pure in a short name; the same units recur in every task
def canonical(name: str) -> str:
    """市发改委 -> 市发展和改革委员会; 工信局 -> 工业和信息化局; unknown names unchanged."""
    m = _BRACKETED_TAIL.search(name)
    tail = m.group(1) if m and not name.startswith("各") else ""
    core = name[: len(name) - len(tail)] if tail else name
    prefix = admin_prefix(core) or ("国家" if core.startswith("国家") and len(core) > 4 else "")
    body = core[len(prefix):]
    if body.startswith("委") and body not in vocab.org_aliases():
        return name  # party organs (市委组织部) keep their own name
    full = _expand_body(body)
    if not prefix:  # 市场监管总局 -> 国家市场监督管理总局: a central body's short name has no level
        full = vocab.national_bodies().get(full, full)
    name = prefix + full + tail
    if (prefix or _PLACE_GOVERNMENT.match(name)) and "政府" in full and (short := _SHORT_GOVERNMENT.search(name)):
        name = name[: short.start()] + "人民政府" + _GOVERNMENT_OFFICE.get(short.group("office"), short.group("office"))
    return name


# A level's 政府 is its 人民政府, and its office with it: 市政府, 县政府办 (a collective, 各县(市、区)政府,
# keeps its name as written).
_SHORT_GOVERNMENT = regex.compile(r"(?<!人民)政府(?P<office>办公室|办公厅|办|)$")
_GOVERNMENT_OFFICE = {"办": "办公室"}
# …and so is a named place's (东江市政府 -> 东江市人民政府), as its level alone is.
_PLACE_GOVERNMENT = regex.compile(r"^(?!各)\p{Han}{1,6}[省市县区州旗盟]政府")


_KINDS: tuple[tuple[str, regex.Pattern], ...] = (
    ("collective", regex.compile(r"^各|有关部门|相关部门|有关单位|成员单位|^[省市区县州]直")),
    ("court", regex.compile(r"法院$")),
    ("procuratorate", regex.compile(r"检察院$")),
    ("party", regex.compile(r"^中共|^中央(?!和国家机关)|^[省市区县州]委(?!员会)|党委|党组|纪委|监委|团[省市县区]委|^团中央|^共青团")),
    ("group", regex.compile(r"(?:工作组|领导小组|小组|协调组|专班|指挥部)(?:办公室)?$")),
    ("government", regex.compile(r"(?:人民政府|政府|行署|管委会|管理委员会)$")),
    # the central bank's branches (人民银行东江市中心支行, 人行东江支行) are government, not banks
    ("department", regex.compile(r"^(?:中国)?人民银行|^人行")),
    ("enterprise", regex.compile(r"(?:公司|集团|银行|分行|支行)$")),
    ("department", regex.compile(r"(?:局|厅|委员会|委|办公室|办|部|署|总局)$")),
)


@lru_cache(maxsize=4096)
def kind(name: str) -> str | None:
    """Coarse class of a unit where its name makes it sure, else None."""
    for label, pattern in _KINDS:
        if pattern.search(name):
            return label
    return None


@per_text
def declared(text: str) -> dict[str, str]:
    """Short names a notice declares for itself (东江市发展和改革委员会(以下简称市发改委)):
    canonical(short) -> canonical(full), so that the later short form names the same body."""
    if "简称" not in text:
        return {}
    from .prose import declared_full_name  # late import: the clause reader lives with the prose rule

    out: dict[str, str] = {}
    for m in SHORT_NAME.finditer(text):
        short = m.group("short").strip()
        full = declared_full_name(text, m.start())
        if full and is_unit_name(short) and canonical(short) != canonical(full):
            out[canonical(short)] = canonical(full)
    return out


# A party's short name in an agreement or 责任书 (甲方, 乙方, 丙方, 委托方): no body's name of its own.
_PARTY_NAME = regex.compile(r"[甲乙丙丁]方|[\p{Han}]{1,3}方")


# A party named on a line of an agreement's head or signature block (甲方:西岚县人民政府, 乙方(盖章):X, both
# on one line apart by spaces): the other way a 责任书 declares its parties.
_PARTY_LINE = regex.compile(
    r"(?m)(?:^|(?<=[ \t\u3000]))(?P<short>[甲乙丙丁]方)(?:\([^()\n]{1,6}\))?[ \t\u3000]*:[ \t\u3000]*"
    r"(?P<full>[\p{Han}()]{2,40}?)(?=[ \t\u3000]*(?:\((?:盖章|公章|印章|签章)\))?[ \t\u3000]*(?:[甲乙丙丁]方|\n|$))"
)


@per_text
def declared_parties(text: str) -> dict[str, tuple[str, tuple[int, int]]]:
    """Parties an agreement declares by a short name that names no body (西岚县人民政府(以下简称甲方), or a
    line 甲方:西岚县人民政府): short -> (the full name, its span), so that a later 乙方负责… names the body
    declared (call 22's 以下简称, which declared() reads only for a short name that is itself a unit's)."""
    out: dict[str, tuple[str, tuple[int, int]]] = {}
    if "简称" in text:
        from .prose import declared_full_name  # late import: the clause reader lives with the prose rule

        for m in SHORT_NAME.finditer(text):
            short = m.group("short").strip()
            if not _PARTY_NAME.fullmatch(short) or is_unit_name(short) or short in out:
                continue
            full = declared_full_name(text, m.start())
            if full and is_unit_name(full):
                out[short] = (full, (m.start() - len(full), m.start()))
    if "方" in text:
        for m in _PARTY_LINE.finditer(text):
            if m.group("short") not in out and is_unit_name(m.group("full")):
                out[m.group("short")] = (m.group("full"), m.span("full"))
    return out


@per_text
def spelled_out(text: str) -> dict[str, str]:
    """Canonical short names whose full name the notice also spells out (市科技局 beside
    市科学技术局): canonical(short) -> canonical(full), one canonical per body within a notice."""
    out: dict[str, str] = {}
    for short, fulls in vocab.spelled_out_names().items():
        if short not in text:
            continue  # one find per entry: most notices name none
        for full in fulls.split("|"):  # 文旅局: whichever of the merged bureaus' names the notice spells
            if full not in text:
                continue
            for prefix in vocab.admin_prefixes():
                if prefix + full in text:  # the short one may have its level elided (市商务局、科技局)
                    out.setdefault(canonical(prefix + short), canonical(prefix + full))  # the first listed that it spells
    return out
