"""Countries, their capitals and their nationality words, in one table.

A country (or a continent) is a name wherever it stands, also opening a sentence ("Japan
has pledged"), where a capitalised word is otherwise taken for an ordinary word
capitalised because it comes first. Its capital may stand for its government ("Beijing
said" / "China said"), and its nationality words describe a person or a thing of it ("the
Spaniard", "Polish troops").
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import NamedTuple

from viewer.engine.facts_aliases import NAME_ALIASES

__all__ = [
    "COUNTRY_WORDS",
    "DEMONYMS",
    "capital_for_country",
    "capital_in_place_of_country",
    "country_of",
]


class _Country(NamedTuple):
    name: str
    capitals: tuple[str, ...]
    adjectives: tuple[str, ...]
    people: tuple[str, ...]  # a person of it, where the adjective does not say it alone


def _rows(text: str) -> tuple[_Country, ...]:
    """``country | capitals | adjectives | people`` lines (comma-separated lists)."""
    rows = []
    for line in text.strip().splitlines():
        name, capitals, adjectives, people = (f.strip() for f in line.split("|"))
        rows.append(
            _Country(
                name,
                tuple(c.strip() for c in capitals.split(",") if c.strip()),
                tuple(adjectives.split()),
                tuple(people.split()),
            )
        )
    return tuple(rows)


_THE = re.compile(r"^the\s+")  # "the United States", "the Netherlands"
# Lower case. A capital that is an English word ("Male") is left out: opening a sentence,
# it is an ordinary word.
_COUNTRIES = _rows(
    """
    afghanistan | kabul | afghan |
    albania | tirana | albanian |
    algeria | algiers | algerian |
    argentina | buenos aires | argentine argentinian |
    armenia | yerevan | armenian |
    australia | canberra | australian |
    austria | vienna | austrian |
    azerbaijan | baku | azerbaijani |
    bangladesh | dhaka | bangladeshi |
    belarus | minsk | belarusian |
    belgium | brussels | belgian |
    bolivia | la paz, sucre | bolivian |
    bosnia | sarajevo | bosnian |
    brazil | brasilia | brazilian |
    britain | london | british | briton british
    bulgaria | sofia | bulgarian |
    cambodia | phnom penh | cambodian |
    cameroon | yaounde | cameroonian |
    canada | ottawa | canadian |
    chile | santiago | chilean |
    china | beijing | chinese |
    colombia | bogota | colombian |
    croatia | zagreb | croatian | croat croatian
    cuba | havana | cuban |
    cyprus | nicosia | cypriot |
    czechia | prague | czech |
    denmark | copenhagen | danish | dane
    ecuador | quito | ecuadorian |
    egypt | cairo | egyptian |
    england | london | english | englishman englishwoman
    estonia | tallinn | estonian |
    ethiopia | addis ababa | ethiopian |
    finland | helsinki | finnish | finn
    france | paris | french | frenchman frenchwoman
    georgia | tbilisi | georgian |
    germany | berlin | german |
    ghana | accra | ghanaian |
    greece | athens | greek |
    hungary | budapest | hungarian |
    iceland | reykjavik | icelandic | icelander
    india | new delhi | indian |
    indonesia | jakarta | indonesian |
    iran | tehran | iranian |
    iraq | baghdad | iraqi |
    ireland | dublin | irish | irishman irishwoman
    israel | jerusalem | israeli |
    italy | rome | italian |
    ivory coast | abidjan, yamoussoukro | ivorian |
    jamaica | kingston | jamaican |
    japan | tokyo | japanese |
    jordan | amman | jordanian |
    kazakhstan | astana | kazakh |
    kenya | nairobi | kenyan |
    kosovo | pristina | kosovar |
    kyrgyzstan | bishkek | kyrgyz |
    latvia | riga | latvian |
    lebanon | beirut | lebanese |
    libya | tripoli | libyan |
    lithuania | vilnius | lithuanian |
    malaysia | kuala lumpur | malaysian |
    mali | bamako | malian |
    mexico | mexico city | mexican |
    moldova | chisinau | moldovan |
    mongolia | ulaanbaatar | mongolian |
    montenegro | podgorica | montenegrin |
    morocco | rabat | moroccan |
    myanmar | naypyitaw | burmese |
    nepal | kathmandu | nepali nepalese |
    netherlands | amsterdam, the hague | dutch | dutchman dutchwoman
    new zealand | wellington | |
    nicaragua | managua | nicaraguan |
    niger | niamey | nigerien |
    nigeria | abuja | nigerian |
    north korea | pyongyang | |
    north macedonia | skopje | macedonian |
    norway | oslo | norwegian |
    pakistan | islamabad | pakistani |
    palestine | ramallah | palestinian |
    panama | panama city | panamanian |
    paraguay | asuncion | paraguayan |
    peru | lima | peruvian |
    philippines | manila | philippine | filipino
    poland | warsaw | polish | pole
    portugal | lisbon | portuguese |
    qatar | doha | qatari |
    romania | bucharest | romanian |
    russia | moscow | russian |
    rwanda | kigali | rwandan |
    saudi arabia | riyadh | saudi |
    scotland | edinburgh | scottish | scot scotsman scotswoman
    senegal | dakar | senegalese |
    serbia | belgrade | serbian | serb serbian
    singapore | singapore | singaporean |
    slovakia | bratislava | slovak slovakian |
    slovenia | ljubljana | slovenian slovene |
    somalia | mogadishu | somali |
    south africa | pretoria, cape town | |
    south korea | seoul | |
    spain | madrid | spanish | spaniard
    sri lanka | colombo | |
    sudan | khartoum | sudanese |
    sweden | stockholm | swedish | swede
    switzerland | bern | swiss |
    syria | damascus | syrian |
    taiwan | taipei | taiwanese |
    tajikistan | dushanbe | tajik |
    tanzania | dodoma | tanzanian |
    thailand | bangkok | thai |
    tunisia | tunis | tunisian |
    turkey | ankara | turkish | turk
    turkmenistan | ashgabat | turkmen |
    uganda | kampala | ugandan |
    ukraine | kyiv, kiev | ukrainian |
    united states | washington | american |
    uruguay | montevideo | uruguayan |
    uzbekistan | tashkent | uzbek |
    venezuela | caracas | venezuelan |
    vietnam | hanoi | vietnamese |
    wales | cardiff | welsh | welshman welshwoman
    yemen | sanaa | yemeni |
    zambia | lusaka | zambian |
    zimbabwe | harare | zimbabwean |
    angola | luanda | angolan |
    bahrain | manama | bahraini |
    belize | belmopan | belizean |
    benin | porto-novo | beninese |
    botswana | gaborone | |
    brunei | bandar seri begawan | bruneian |
    burkina faso | ouagadougou | burkinabe |
    chad | n'djamena | chadian |
    congo | kinshasa, brazzaville | congolese |
    costa rica | san jose | costa rican |
    dominican republic | santo domingo | dominican |
    el salvador | san salvador | salvadoran |
    eritrea | asmara | eritrean |
    fiji | suva | fijian |
    gabon | libreville | gabonese |
    guatemala | guatemala city | guatemalan |
    guinea | conakry | guinean |
    haiti | port-au-prince | haitian |
    honduras | tegucigalpa | honduran |
    kuwait | kuwait city | kuwaiti |
    laos | vientiane | laotian |
    liberia | monrovia | liberian |
    luxembourg | luxembourg | |
    madagascar | antananarivo | malagasy |
    malawi | lilongwe | malawian |
    malta | valletta | maltese |
    mauritania | nouakchott | mauritanian |
    mozambique | maputo | mozambican |
    namibia | windhoek | namibian |
    oman | muscat | omani |
    sierra leone | freetown | |
    south sudan | juba | |
    togo | lome | togolese |
    united arab emirates | abu dhabi | emirati |
    africa | | african |
    asia | | asian |
    europe | | european |
    european union | brussels | |
    """
)


def _index() -> tuple[dict[str, set[str]], dict[str, str]]:
    """Each capital's countries ("london": uk, england) and each nationality adjective's
    country ("japanese": japan), countries as NAME_ALIASES keys them."""
    capitals: defaultdict[str, set[str]] = defaultdict(set)
    countries: dict[str, str] = {}
    for row in _COUNTRIES:
        country = NAME_ALIASES.get(row.name, row.name)
        for capital in row.capitals:
            capitals[capital].add(country)
        for word in row.adjectives:  # not "Finn", "Pole", "Turk": words of names too
            countries.setdefault(word, country)
    return dict(capitals), countries


_CAPITAL_OF, _COUNTRY_OF = _index()
# A person of either Korea.
_MORE_PEOPLE = frozenset({"korean"})
# "the Russian said", "the Spaniard", "the Briton": a person told by nationality. Where a
# country has words of its own for its people, its adjective names none ("the French").
DEMONYMS = _MORE_PEOPLE | frozenset(w for row in _COUNTRIES for w in (row.people or row.adjectives))
# One-word countries, capitals and nationality words: names wherever they stand.
COUNTRY_WORDS = frozenset(
    w
    for row in _COUNTRIES
    for w in (row.name, *row.capitals, *row.adjectives, *row.people)
    if " " not in w
)


def capital_for_country(x: str, y: str) -> bool:
    """Whether one of two names as written is a country and the other its capital,
    standing for its government: "Beijing said" is "China said", "Warsaw will buy"
    "Poland will buy". A nationality word is not taken for its country here: "the
    Ukrainian side" is not "Kyiv's allies"."""
    xs, ys = _forms(x), _forms(y)
    return any(
        NAME_ALIASES.get(country, country) in _CAPITAL_OF.get(capital, ())
        for one, other in ((xs, ys), (ys, xs))
        for capital in one
        for country in other
    )


def capital_in_place_of_country(x: str, y: str) -> bool:
    """Whether two names differ only by a country and its capital, whole or as the owner
    of the rest: "Russia's Defense Ministry" is "Moscow's Defense Ministry"."""
    if capital_for_country(x, y):
        return True
    wx, wy = x.split(), y.split()
    apart = [(a, b) for a, b in zip(wx, wy, strict=False) if a != b]
    return (
        len(wx) == len(wy)
        and len(apart) == 1
        and capital_for_country(*(_OWNER.sub("", w) for w in apart[0]))
    )


_OWNER = re.compile(r"['’]s$")


def _forms(name: str) -> set[str]:
    """A name in lower case, with and without "the" ("The Hague", "the Netherlands")."""
    low = " ".join(name.lower().split())
    return {low, _THE.sub("", low)}


def country_of(word: str) -> str | None:
    """The country (or continent) a nationality adjective tells, keyed as NAME_ALIASES
    keys it ("japanese": japan, "british": uk, "asian": asia), or None: "Japanese stocks"
    and "stocks in Japan" name one country."""
    return _COUNTRY_OF.get(word)
