"""Ukrainian and Russian words of facts, each told by the English word the extractors know.

Ukrainian outlets (and the Russian sources they quote) write amounts, dates and hedges
in their own words: "180 млн гривень", "3 березня 2025 року", "нібито". The extractors
read facts in English, so each word here is given as the English word of the same fact
("млн" is "million", "гривень" is "hryvnias", "дві" is "two"): a number's key and a date's
key are then computed as for English, and "3 березня 2025 року" keys as "3.03.2025" does.
Names decline in these languages; ``cyrillic_stem`` takes a word's case ending off.
"""

from __future__ import annotations

import re

from viewer.engine.facts_cyrillic_ordinals import CYRILLIC_ORDINAL_WORDS
from viewer.engine.facts_lexicon import alternation, table

__all__ = [
    "CYRILLIC_AMOUNT_WORDS",
    "CYRILLIC_AND_A_HALF",
    "CYRILLIC_BODY_STEMS",
    "CYRILLIC_CERTAINTY",
    "CYRILLIC_FREQUENCIES",
    "CYRILLIC_LETTERS",
    "CYRILLIC_MEASURES",
    "CYRILLIC_NUMBER_WORDS",
    "CYRILLIC_SOURCE_HEADS",
    "CYRILLIC_TIMES_WORDS",
    "cyrillic_stem",
    "has_cyrillic",
    "in_english",
    "names_a_body",
]

# Lower-case letters of the Ukrainian and Russian alphabets, for character classes.
CYRILLIC_LETTERS = "а-яёіїєґ"
_ANY_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def has_cyrillic(text: str) -> bool:
    """Whether ``text`` holds a Cyrillic letter: only then are the words here looked for."""
    return _ANY_CYRILLIC.search(text) is not None


# Scales, currencies and units after the digits, by the English word of the same amount.
CYRILLIC_AMOUNT_WORDS = table(
    """
    thousand: тис., тис, тисяч, тисячі, тисяча, тыс., тыс, тысяч, тысячи, тысяча, тисячам,
      тисячами, тисячах, тысячам, тысячами, тысячах
    million: млн, мільйон, мільйона, мільйони, мільйонів, миллион, миллиона, миллионов,
      мільйонам, мільйонами, мільйонах, миллионам, миллионами, миллионах
    billion: млрд, мільярд, мільярда, мільярди, мільярдів, миллиард, миллиарда, миллиардов,
      мільярдам, мільярдами, мільярдах, миллиардам, миллиардами, миллиардах
    trillion: трлн, трильйон, трильйона, трильйонів, триллион, триллиона, триллионов
    hryvnias: грн., грн, гривня, гривні, гривень, гривна, гривны, гривен, гривню, гривнею,
      гривну
    dollars: дол., дол, долар, долара, долари, доларів, доллар, доллара, долларов
    euros: євро, евро
    roubles: руб., руб, рубль, рубля, рублі, рублів, рубли, рублей
    cents: копійка, копійки, копійок, копійку, коп., коп, копейка, копейки, копеек, копейку
    percent: відсоток, відсотка, відсотки, відсотків, процент, процента, процентів,
      процентов
    km: км, кілометр, кілометра, кілометри, кілометрів, кілометрі, километр, километра,
      километров, километре
    metres: м, метр, метра, метри, метрів, метрі, метров, метре
    millimetres: мм, міліметр, міліметра, міліметри, міліметрів, миллиметр, миллиметра,
      миллиметров
    centimetres: см, сантиметр, сантиметра, сантиметри, сантиметрів, сантиметров
    kg: кг, кілограм, кілограма, кілограмів, килограмм, килограмма, килограммов
    tonnes: т, тонна, тонни, тонн, тонну, тонны
    hectares: гектар, гектара, гектари, гектарів, гектаров, га
    degrees: градус, градуси, градусів, градуса, градусов
    basis points: базисних пунктів, базисних пункти, базисних пункта, базисных пунктов,
      базисных пункта, б.п., б.п, б. п.
    percentage points: п.п., п.п, в.п., в.п, відсоткових пунктів, відсоткового пункту,
      відсоткового пункта,
      відсоткових пункти, процентных пунктов, процентного пункта, процентных пункта
    m/s: м/с, метрів на секунду, метра на секунду, метров в секунду, метра в секунду,
      метрів за секунду, метра за секунду, метров за секунду
    km/h: км/год, км/ч, кілометрів на годину, километров в час
    years: рік, року, роки, років, рокам, роками, роках, лет, года, годам, годами, годах
    months: місяць, місяці, місяців, месяц, месяца, месяцев
    weeks: тиждень, тижні, тижнів, неделя, недели, недель
    days: день, дні, днів, дня, дней
    hours: година, години, годин, час, часа, часов, ч
    minutes: хвилина, хвилини, хвилин, хв., хв, минута, минуты, минут, мин., мин
    seconds: секунда, секунди, секунд, секунды, сек., сек
    """
)
# Counts in words, in the cases a count takes ("двох", "чотирьох") and as collectives in
# their cases too ("п'ятеро", "пятерых": five people); "один з" is "one of", which says
# which, not how many.
CYRILLIC_NUMBER_WORDS = table(
    """
    one: один, одна, одне, одно, одного, однієї, одної, одному, одній, одним, однією, одной,
      одну
    two: два, дві, две, двох, двух, двом, двум, двома, двумя, двоє, двое, двоих, двоим, двоими
    three: три, трьох, трех, трёх, трьом, трем, трём, трьома, тремя, троє, трое, троих, троим,
      троими
    four: чотири, чотирьох, чотирьом, чотирма, четыре, четырех, четырёх, четырем, четырём,
      четырьмя, четверо, четверых, четверым, четверыми
    five: п'ять, п’ять, п'ятьма, п’ятьма, п'ятьома, п’ятьома, пятью, п'яти, п’яти, п'ятьох,
      п’ятьох, п'ятеро, п’ятеро, пять, пяти, пятеро, пятерых, пятерым, пятерыми
    six: шість, шести, шістьма, шістьома, шестью, шістьох, шестеро, шесть, шестерых, шестерым
    seven: сім, семи, сімох, семеро, семь, семерых, семерым
    eight: вісім, восьми, вісьмома, восемью, вісьмох, восьмеро, восемь, восьмерых, восьмерым
    nine: дев'ять, дев’ять, дев'яти, дев’яти, дев'ятьох, дев’ятьох, дев'ятеро, дев’ятеро, девять,
      девяти, девятеро, девятерых, девятерым
    ten: десять, десяти, десятьма, десятьома, десятью, десятьох, десятеро, десятерых, десятерым,
      десяток, десятка, десятку, десятком
    eleven: одинадцять, одинадцяти, одиннадцать, одиннадцати,
      одинадцятеро, одинадцятьох
    twelve: дванадцять, дванадцяти, дванадцятьма, дванадцятьома, двенадцатью, двенадцать,
      двенадцати, дванадцятеро, дванадцятьох
    thirteen: тринадцять, тринадцяти, тринадцать, тринадцати,
      тринадцятеро, тринадцятьох
    fourteen: чотирнадцять, чотирнадцяти, четырнадцать, четырнадцати,
      чотирнадцятеро, чотирнадцятьох
    fifteen: п'ятнадцять, п’ятнадцять, п'ятнадцятьма, п’ятнадцятьма, пятнадцатью, п'ятнадцяти,
      п’ятнадцяти, пятнадцать, пятнадцати, п'ятнадцятеро, п’ятнадцятеро, п'ятнадцятьох,
      п’ятнадцятьох
    sixteen: шістнадцять, шістнадцяти, шестнадцать, шестнадцати,
      шістнадцятеро, шістнадцятьох
    seventeen: сімнадцять, сімнадцяти, семнадцать, семнадцати,
      сімнадцятеро, сімнадцятьох
    eighteen: вісімнадцять, вісімнадцяти, восемнадцать, восемнадцати,
      вісімнадцятеро, вісімнадцятьох
    nineteen: дев'ятнадцять, дев’ятнадцять, дев'ятнадцяти, дев’ятнадцяти, девятнадцать,
      девятнадцати,
      дев'ятнадцятеро, дев’ятнадцятеро, дев'ятнадцятьох, дев’ятнадцятьох
    twenty: двадцять, двадцяти, двадцятьма, двадцятьома, двадцатью, двадцать, двадцати,
      двадцятеро, двадцятьох
    thirty: тридцять, тридцяти, тридцятьма, тридцятьома, тридцатью, тридцать, тридцати,
      тридцятеро, тридцятьох
    forty: сорок, сорока
    fifty: п'ятдесят, п’ятдесят, п'ятдесяти, п’ятдесяти, пятьдесят, пятидесяти
    sixty: шістдесят, шістдесяти, шестьдесят, шестидесяти
    seventy: сімдесят, сімдесяти, семьдесят, семидесяти
    eighty: вісімдесят, вісімдесяти, восемьдесят, восьмидесяти
    ninety: дев'яносто, дев’яносто, девяносто
    one hundred: сто, ста
    two hundred: двісті, двохсот, двести, двухсот
    three hundred: триста, трьохсот, трехсот
    four hundred: чотириста, чотирьохсот, четыреста, четырехсот
    five hundred: п'ятсот, п’ятсот, п'ятисот, п’ятисот, пятьсот, пятисот
    six hundred: шістсот, шестисот, шестьсот
    seven hundred: сімсот, семисот, семьсот
    eight hundred: вісімсот, восьмисот, восемьсот
    nine hundred: дев'ятсот, дев’ятсот, дев'ятисот, дев’ятисот, девятьсот, девятисот
    one and a half: півтора, півтори, полтора, полторы
    half a: пів
    thousand: тисяча, тисячу, тысяча, тысячу
    """
)
# Counts of times ("тричі" is "three times"; a footballer's "дубль" two goals, a "хет-трик"
# three); "3 рази" and "п'ять разів" are read as
# English "3 times" by the word after the count (facts_number_keys).
CYRILLIC_FREQUENCIES = table(
    """
    1 time: одного разу, однажды
    2 times: двічі, дважды, вдвічі, вдвое, дубль, дублем, дубля, дублю
    3 times: тричі, трижды, втричі, втрое, хет-трик, хет-триком, хет-трику, хет-трика
    """
)
CYRILLIC_TIMES_WORDS = ("рази", "разів", "раза", "раз")
# Hedges and negations, by the English word of their class (facts_certainty reads the
# English word's class).
CYRILLIC_CERTAINTY = table(
    """
    allegedly: нібито, начебто, буцімто, якобы, будто бы, подозреваемого, подозреваемый,
      подозреваемая, подозреваемые, подозреваемых, підозрюваного, підозрюваний, підозрюваних,
      подозревают, подозревается, подозреваются, підозрюють, підозрюється, підозрюються
    probably: ймовірно, імовірно, вірогідно, мабуть, вероятно, скорее всего, предположительно,
      очікується, очікує, очікують, ожидает, ожидают, чекає, чекають, ждет, ждут,
      очікуються, прогнозується, прогнозуються, прогнозують, прогнозує, прогнозували,
      прогнозувала, прогнозував, за прогнозом, за прогнозами, ожидается, ожидаются,
      прогнозируется, прогнозируются, прогнозируют, прогнозирует, прогнозировали,
      прогнозировал, прогнозировала, по прогнозу, по прогнозам, согласно прогнозу
    possibly: можливо, возможно, можливе, можлива, можливий, можливі, можливість, возможное,
      возможность, возможная,
      возможный, возможны, може, можуть, может, могут, зможе, зможуть, сможет, смогут,
      можно, можна, не виключено, не виключається, не исключено, не исключается, не виключив,
      не виключила, не виключили, не исключил, не исключила, не исключили, допустив, допустила,
      допустили, допустил
    apparently: за попередніми даними, за попередньою інформацією, за попередніми оцінками,
      попередньо, по предварительным данным, по предварительной информации,
      по предварительным оценкам, предварительно, попередні дані, предварительные данные
    unclear: невідомо, незрозуміло, неизвестно, непонятно, неясно
    plans to: планує, планують, планувала, планував, планували, має намір, мають намір,
      планирует, планируют, планировал, планировала, планировали, намерен, намерена,
      намерено, намерены, планируется, планується, планировалось, планувалося
    not: не, не може, не можуть, не может, не могут, не можна, нельзя, не зможе, не зможуть,
      не сможет, не смогут, нет, немає, нема, без постраждалих, без пострадавших, без жертв,
      відхилила, відхилив, відхилили, отклонила, отклонил, отклонили
    never: ніколи, никогда
    denied: заперечив, заперечила, заперечили, спростував, спростувала, спростували,
      опроверг, опровергла, опровергли, отрицает, отрицают
    """
)
# Who says something without a name, by the English class of the same source word
# (facts_lexicon.SOURCE_HEADS): "заявив прокурор", "повідомили два джерела".
CYRILLIC_SOURCE_HEADS = table(
    """
    source: джерело, джерела, джерел, источник, источника, источники, источников
    participant: учасник, учасники, учасників, участник, участники, участников
    prosecutor: прокурор, прокурори, прокурора, прокурорів, прокуроры, прокуроров
    lawyer: адвокат, адвокати, адвоката, адвокатів, адвокаты, адвокатов, захисник, защитник
    official: посадовець, посадовці, посадовців, чиновник, чиновники, чиновників, чиновников
    spokesperson: речник, речниця, речника, пресс-секретарь, прес-секретар
    representative: представник, представниця, представники, представників, представитель,
      представители, представителей
    expert: експерт, експерти, експертів, эксперт, эксперты, экспертов
    analyst: аналітик, аналітики, аналітиків, аналитик, аналитики, аналитиков
    witness: свідок, свідки, свідків, очевидець, очевидці, очевидців, свидетель, свидетели,
      свидетелей, очевидец, очевидцы, очевидцев
    diplomat: дипломат, дипломати, дипломатів, дипломаты, дипломатов
    police: поліція, поліцейські, поліцейський, полиция, полицейские, полицейский
    judge: суддя, судді, суддів, судья, судьи, судей
    official: влада, влади, владі, власти, власть, властей
    person: мешканці, мешканців, мешканець, мешканка, жителі, жителів, житель, жители, жителей
    media: медіа, змі, сми
    """
)
# A speaker's verb, in the singular, neuter too ("повідомило МВС": a body; a plural before
# "в" introduces a body: "заявили в міністерстві").
CYRILLIC_SPEECH_VERBS = frozenset(
    """
    заявив заявила сказав сказала повідомив повідомила зазначив зазначила наголосив
    наголосила розповів розповіла додав додала пояснив пояснила підкреслив підкреслила
    заявил сказал сообщил сообщила отметил отметила подчеркнул подчеркнула рассказал
    рассказала добавил добавила пояснил пояснила
    заявило повідомило зазначило наголосило розповіло додало пояснило підкреслило
    сообщило отметило подчеркнуло рассказало добавило
    """.split()
)
# Words that open the name of a body, which Ukrainian and Russian capitalise alone
# ("Міністерство енергетики", "Служба безпеки"), by their stems.
CYRILLIC_BODY_STEMS = (
    "міністерств служб комітет агентств управлінн департамент інспекці фонд міністр "
    "министерств ведомств комитет управлени инспекци министр"
).split()
# Bodies that speak, by their stems, as a source after "повідомили в" names them: a
# ministry, a mayor's office, an administration, a government, prosecutors, the police.
_SPEAKING_BODY_STEMS = (
    *CYRILLIC_BODY_STEMS,
    *"мері мэри адміністраці администраци уряд правительств прокуратур поліці полици".split(),
)


def names_a_body(words: str) -> bool:
    """Whether lower-case Ukrainian or Russian ``words`` hold a body's word ("мэрии",
    "адміністрації"), so they name a source, not a person's title."""
    return any(w.startswith(_SPEAKING_BODY_STEMS) for w in words.lower().split())


# Adjectives of measure after a hyphen ("212-метровий міст", "10-річний термін"), by
# their stems: the amount of the unit, as "a 20-year sentence" is 20 years.
CYRILLIC_MEASURES = {
    "метров": "metres",
    "кілометров": "km",
    "километров": "km",
    "тонн": "tonnes",
    "відсотков": "percent",
    "процентн": "percent",
    "річн": "years",
    "летн": "years",
}
_MEASURE = re.compile(rf"(?<=\d)-({'|'.join(CYRILLIC_MEASURES)})[{CYRILLIC_LETTERS}]*")
_CYRILLIC_WORD = re.compile(rf"[{CYRILLIC_LETTERS}'’]+\.?")
# Units of more than one word, with a slash or a dot inside ("м/с", "км/год", "п.п"), told in
# English whole.
_PHRASE = re.compile(r"[ /]|\.\w")
_PHRASE_UNIT = re.compile(
    rf"(?<!\w)(?:{alternation(w for w in CYRILLIC_AMOUNT_WORDS if _PHRASE.search(w))})(?!\w)"
)


# "з половиною", "с половиной" after a count: "and a half".
CYRILLIC_AND_A_HALF = r"(?:з|із|с)\s+(?:половиною|половиной)(?!\w)"
_AND_A_HALF = re.compile(CYRILLIC_AND_A_HALF)


def in_english(low: str) -> str:
    """``low`` (lower-case) with each Cyrillic word of an amount told in English, so a
    number's key reads "180 млн гривень" as "180 million hryvnias", "дві" as "two"."""
    if not has_cyrillic(low):
        return low
    low = _MEASURE.sub(lambda m: " " + CYRILLIC_MEASURES[m.group(1)], low)
    low = _AND_A_HALF.sub("and a half", low)
    low = _PHRASE_UNIT.sub(lambda m: CYRILLIC_AMOUNT_WORDS[m.group()], low)  # "м/с" is "m/s"
    return _CYRILLIC_WORD.sub(lambda m: _english_word(m.group()), low)


_ENGLISH = CYRILLIC_AMOUNT_WORDS | CYRILLIC_NUMBER_WORDS | CYRILLIC_ORDINAL_WORDS


def _english_word(word: str) -> str:
    """The English word of a Cyrillic one ("тис." is "thousand"), or the word as it was."""
    found = _ENGLISH.get(word)
    if found is None and word.endswith("."):  # "тис." read whole, or "тисяч." at the end
        found = _ENGLISH.get(word[:-1])
        return word if found is None else found + "."
    return word if found is None else found


# Case endings of Ukrainian and Russian nouns and adjectives, longest first: a name
# declines ("Ірина" / "Ірини", "Одеса" / "в Одесі", «Олимпийский» / «на Олимпийском»,
# "Олексій" / "Олексія" / "Олексієм").
_ENDING = re.compile(
    r"(?:ього|ьому|ієві|ами|ями|ові|еві|ого|ому|его|ему|ими|ыми|ієм|ою|ею|єю|ої|ій|ія|ію|ії"
    r"|ий|ый|ой|ая|яя"
    r"|ое|ее|ые|ую|юю|ам|ям|ах|ях|ом|ем|єм|их|ых|им|ым|а|я|и|ы|і|ї|у|ю|е|є|о|ь|й)$"
)
_ENDINGS = tuple(_ENDING.pattern[3:-2].split("|"))  # longest first, as in the pattern
# A possessive suffix of places and surnames, under the case ending: "Харкові" and
# "Харкова" (Харків), "Петрову" and "Петров".
_POSSESSIVE = re.compile(r"(?:ов|ев|єв)$")
# A closed syllable turns "о" or "е" into "і" in Ukrainian: "Харків" / "Харкова", "Київ" /
# "Києва", "Львів" / "Львова".
_CLOSED = (("ів", "ов"), ("їв", "єв"))


def cyrillic_stem(word: str) -> str:
    """A Cyrillic word without its case ending (at least three letters kept, two of a
    three-letter noun in "-ія"), so the forms of one name compare equal; a word in another
    script is returned as it is."""
    if not has_cyrillic(word):
        return word
    for closed, open_ in _CLOSED:
        if word.endswith(closed):
            word = word[: -len(closed)] + open_
    if len(word) == 3 and word[1] == "і" and word[2] in "яїює":
        return word[:2]  # "Дія" / "Дії" / "Дію": a short noun in "-ія" declines like the rest
    # the longest ending that leaves three letters: "Юрій" loses its "й" as "Юрія" its "я"
    cut = next((e for e in _ENDINGS if word.endswith(e) and len(word) - len(e) >= 3), "")
    word = word[: len(word) - len(cut)]
    m = _POSSESSIVE.search(word)
    if m is not None and m.start() >= 3:
        word = word[: m.start()]
    if word.endswith("ец") and len(word) >= 5:
        word = word[:-2] + "ц"  # its "е" drops as the word declines: "Кравець" / "Кравця"
    return word
