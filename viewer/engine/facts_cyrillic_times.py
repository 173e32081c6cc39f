"""Ukrainian and Russian words of time: months, weekdays, "last week", "три дні тому".

The date extractor (facts_dates) reads them as the English words of the same times; the
tables hold the case forms a date puts them in.
"""

from __future__ import annotations

from viewer.engine.facts_lexicon import table

__all__ = [
    "CYRILLIC_AGO_UNITS",
    "CYRILLIC_MONTHS",
    "CYRILLIC_MONTH_PARTS",
    "CYRILLIC_QUARTERS",
    "CYRILLIC_QUARTER_ORDINALS",
    "CYRILLIC_TIMES",
    "CYRILLIC_YEAR_WORDS",
]

# Month names as a date writes them after its day (genitive), and as a month is named
# alone (nominative) or "in" it (locative): Ukrainian, then Russian.
CYRILLIC_MONTHS = table(
    """
    1: січня, січень, січні, января, январь, январе
    2: лютого, лютий, лютому, февраля, февраль, феврале
    3: березня, березень, березні, марта, март, марте
    4: квітня, квітень, квітні, апреля, апрель, апреле
    5: травня, травень, травні, мая, май, мае
    6: червня, червень, червні, июня, июнь, июне
    7: липня, липень, липні, июля, июль, июле
    8: серпня, серпень, серпні, августа, август, августе
    9: вересня, вересень, вересні, сентября, сентябрь, сентябре
    10: жовтня, жовтень, жовтні, октября, октябрь, октябре
    11: листопада, листопад, листопаді, ноября, ноябрь, ноябре
    12: грудня, грудень, грудні, декабря, декабрь, декабре
    """,
    int,
)
# Weekdays, days named from today, and "last", "this" and "next" before a week, month or
# year ("минулого тижня" is "last week"; "до кінця тижня", by its end, this week), by their
# English words (facts_dates keys them).
CYRILLIC_TIMES = table(
    """
    monday: понеділок, понеділка, понедельник, понедельника
    tuesday: вівторок, вівторка, вторник, вторника
    wednesday: середа, середу, середи, среда, среду, среды
    thursday: четвер, четверга, четверг
    friday: п'ятниця, п’ятниця, п'ятницю, п’ятницю, п'ятниці, п’ятниці, пятница, пятницу,
      пятницы
    saturday: субота, суботу, суботи, суббота, субботу, субботы
    sunday: неділя, неділю, неділі, воскресенье, воскресенья
    yesterday: вчора, учора, вчера, накануне, напередодні
    today: сьогодні, сегодня
    tomorrow: завтра
    daybefore: позавчора, позавчера
    dayafter: післязавтра, послезавтра
    last: минулого, минулої, минулий, минулу, минулому, прошлой, прошлого, прошлую, прошлый,
      прошлом
    this: цього, цієї, цьому, этой, этого, этом, кінця, конца, початку, начала
    next: наступного, наступної, наступному, следующей, следующего, следующем
    week: тижня, тиждень, тижні, неделе, неделю, недели
    month: місяця, місяць, місяці, месяца, месяце, месяц
    year: року, році, рік, году, года
    """
)
# Units of time before "тому" or "назад" ("три дні тому", "неделю назад": "ago"), by the
# English unit.
CYRILLIC_AGO_UNITS = table(
    """
    hour: годину, години, годин, час, часа, часов
    day: день, дні, днів, дня, дней, добу, доби, сутки, суток
    week: тиждень, тижні, тижнів, неделю, недели, недель
    month: місяць, місяці, місяців, месяц, месяца, месяцев
    year: рік, роки, років, год, года, лет
    """
)
# Parts of a month before its name ("на початку березня": early March), by the English word.
CYRILLIC_MONTH_PARTS = table(
    """
    early: на початку, в начале
    mid: в середині, у середині, в середине
    late: наприкінці, в кінці, у кінці, в конце
    """
)
# "2025 року", "2025 р.", "2025 года", "2025 г.": the word "year" after a year.
CYRILLIC_YEAR_WORDS = ("року", "рік", "р.", "года", "год", "г.")
# A quarter of a year by its ordinal, Ukrainian then Russian ("у першому кварталі",
# "в третьем квартале"): first to fourth, in the cases a quarter's date puts them in.
CYRILLIC_QUARTER_ORDINALS = (
    "перший першого першому первый первого первом",
    "другий другого другому второй второго втором",
    "третій третього третьому третий третьего третьем",
    "четвертий четвертого четвертому четвертый четвертого четвертом",
)
CYRILLIC_QUARTERS = (
    "(?:"
    + "|".join(w for words in CYRILLIC_QUARTER_ORDINALS for w in words.split())
    + r")\s+квартал(?:і|а|у|е)?(?!\w)"
)
