"""What amounts are counted in: currencies and units, each by the code number keys use.

Outlets write one unit many ways ("km", "kilometres", "kilometers"); the code is what a
number's key keeps, and facts_number_match converts between codes of one quantity.
"""

from __future__ import annotations

import re

from viewer.engine.facts_lexicon import table

__all__ = [
    "BASES",
    "CURRENCY_CODES",
    "CURRENCY_PREFIXES",
    "CURRENCY_SYMBOLS",
    "CURRENCY_WORDS",
    "MONEY_UNITS",
    "PERIODS",
    "PREFIX_ALTERNATION",
    "UNIT_WORDS",
]

CURRENCY_SYMBOLS = {
    "$": "usd",
    "€": "eur",
    "£": "gbp",
    "¥": "jpy",
    "₴": "uah",
    "₽": "rub",
    "₹": "inr",
    "₦": "ngn",
    "₱": "php",
    "৳": "bdt",
}
CURRENCY_WORDS = table(
    """
    usd: usd, us$, dollar, dollars, us dollars, u.s. dollars
    eur: eur, euro, euros
    gbp: gbp, pound, pounds
    uah: uah, hryvnia, hryvnias, hryvnas
    rub: rub, ruble, rubles, rouble, roubles
    jpy: jpy, yen, japanese yen
    cny: cny, yuan, chinese yuan
    inr: inr, rupee, rupees, indian rupees
    ngn: ngn, naira
    zar: zar, rand, rands
    php: php, peso, pesos
    bdt: bdt, taka
    shilling: shilling, shillings, kenyan shillings, ugandan shillings, tanzanian shillings
    crown: crown, crowns, krona, kronor, krone, kroner, swedish crowns, swedish kronor,
      norwegian crowns, norwegian kroner, danish crowns, danish kroner
    cad: cad, canadian dollars
    aud: aud, australian dollars
    nzd: nzd, new zealand dollars
    hkd: hkd, hong kong dollars
    sgd: sgd, singapore dollars
    chf: chf, swiss francs, franc, francs
    """
)
# The codes of money in number keys (currencies, and cents).
MONEY_UNITS = frozenset(CURRENCY_WORDS.values()) | frozenset(CURRENCY_SYMBOLS.values()) | {"cent"}
UNIT_WORDS = table(
    """
    %: %, percent, per cent, pct, pc
    pp: percentage points, percentage point
    bp: basis points, basis point, bps, bp
    pt: points, point, pts
    teu: teu, teus, twenty-foot equivalent units, twenty-foot equivalent unit,
      twenty foot equivalent units, twenty foot equivalent unit
    feu: feu, feus, forty-foot equivalent units, forty-foot equivalent unit,
      forty foot equivalent units, forty foot equivalent unit
    km: km, kilometres, kilometers, kilometre, kilometer
    mph: mph, miles per hour, miles an hour
    kmh: km/h, kph, kilometres per hour, kilometers per hour, km per hour, km an hour,
      kilometres an hour, kilometers an hour
    mps: m/s, metres per second, meters per second
    mi: miles, mile, mi
    kg: kg, kilograms, kilogram
    mg: mg, milligrams, milligram
    g: grams, gram, g
    t: tonnes, tons, tonne, ton, metric tons, metric tonnes, metric ton
    gt: gigatonnes, gigatonne, gigatons, gigaton, gt
    megat: megatonnes, megatonne, megatons, megaton
    m: metres, meters, metre, meter
    cm: centimetres, centimeters, centimetre, centimeter, cm
    mm: millimetres, millimeters, millimetre, millimeter, mm
    inch: inches, inch
    km2: square kilometres, square kilometers, sq km
    ha: hectares, hectare
    acre: acres, acre
    bbl: barrels, barrel
    bpd: bpd, barrels per day, barrels a day, b/d
    ft: feet, foot, ft
    lb: lb, lbs
    sqmi: square miles, square mile, sq miles, sq mi
    c: c, °c, celsius, degrees celsius, degrees c
    f: f, °f, fahrenheit, degrees fahrenheit, degrees f
    deg: degrees, degree, °
    l: litres, liters, litre, liter
    m3: cubic metres, cubic meters, cubic metre, cubic meter
    bcm: bcm, billion cubic metres, billion cubic meters
    cuft: cubic feet, cubic foot
    bcf: bcf, billion cubic feet
    tcf: tcf, trillion cubic feet
    gal: gallons, gallon
    kw: kilowatts, kilowatt, kw
    mw: megawatts, megawatt, mw
    gw: gigawatts, gigawatt, gw
    kwh: kilowatt-hours, kilowatt hours, kwh
    mwh: megawatt-hours, megawatt hours, mwh
    gwh: gigawatt-hours, gigawatt hours, gwh
    twh: terawatt-hours, terawatt hours, twh
    h: hours, hour, hrs, hr
    min: minutes, minute, mins, min
    s: seconds, second, secs, sec
    cent: cents, cent, euro cents, euro cent, euro-cents, eurocents
    d: days, day
    wk: weeks, week
    mo: months, month
    yr: years, year
    dec: decades, decade
    mil: millennia, millennium, millenniums
    """
)
# What a rate is counted per ("$82 a barrel", "Rs 2,200 per quintal", "$50,000 a year"):
# the same figure per another basis is another fact.
BASES = table(
    """
    bbl: barrel, bbl
    gal: gallon
    l: litre, liter
    t: tonne, ton, metric ton, metric tonne
    q: quintal
    kg: kilogram, kilo, kg
    g: gram
    lb: pound, lb
    oz: ounce, troy ounce, oz
    kwh: kilowatt-hour, kilowatt hour, kwh, unit of electricity
    mwh: megawatt-hour, megawatt hour, mwh
    m2: square metre, square meter, sq m
    ft2: square foot, sq ft
    m3: cubic metre, cubic meter
    acre: acre
    ha: hectare
    bu: bushel
    sack: sack, bag
    mmbtu: mmbtu, million british thermal units
    km: kilometre, kilometer, km
    mi: mile
    trip: trip, ride, journey, visit
    s: second
    min: minute
    h: hour
    d: day
    wk: week
    mo: month
    qtr: quarter
    yr: year, annum
    night: night
    share: share
    person: person, head, capita, individual, resident, citizen
    term: semester, term
    ticket: ticket
    meal: meal
    child: child
    household: household, family
    dose: dose
    piece: piece, unit, item
    passenger: passenger
    student: student, pupil
    worker: worker, employee
    patient: patient
    """
)
# What a change is measured against ("rose 3.1% year on year" is no "month on month";
# "annualised" is a quarter's change scaled to a year, neither of them).
PERIODS = table(
    """
    y: year on year, year-on-year, y/y, yoy, year over year, from a year earlier,
       from a year ago, from a year before, compared with a year earlier,
       compared with a year ago, on the year, on an annual basis, in the year to,
       from the same month last year, from the same period last year,
       from the same quarter last year, compared with the same month last year,
       compared with the same period last year, compared with the same quarter last year,
       from the same month a year earlier, from the same period a year earlier,
       on the previous year, compared with the previous year
    q: quarter on quarter, quarter-on-quarter, q/q, qoq, quarter over quarter,
       from the previous quarter, from the prior quarter, from the preceding quarter,
       from the previous three months, from the preceding three months,
       on the quarter, on a quarterly basis, on the previous quarter,
       compared with the previous quarter
    m: month on month, month-on-month, m/m, mom, month over month, from the previous month,
       from a month earlier, from the month before, from last month, on the month,
       on a monthly basis, on the previous month, compared with the previous month
    w: week on week, week-on-week, w/w, from the previous week, on the week,
       on the previous week, compared with the previous week, from a week earlier
    ann: annualised, annualized, at an annualised rate, at an annualized rate,
         at an annual rate, seasonally adjusted annual rate
    """
)
CURRENCY_CODES = (
    *("usd", "eur", "uah", "gbp", "inr", "rub", "jpy", "cny", "ngn", "zar", "php"),
    *("chf", "cad", "aud", "nzd", "hkd", "sgd"),  # "CHF 310 million" is 310 million francs
)
# What may stand before the digits of an amount of money, written against them or not:
# codes, dollars of other countries, rupees and taka, and the single letters of the naira,
# the rand and the peso ("N500 million", "R2.5bn", "P5 billion", "P50,000": only with a
# scale or with thousands, so "N95 masks" is no money).
CURRENCY_PREFIXES = {
    **{c: c for c in CURRENCY_CODES},
    "us$": "usd",
    "a$": "aud",
    "nz$": "nzd",
    "s$": "sgd",
    "c$": "cad",
    "hk$": "hkd",
    "rs.": "inr",
    "rs": "inr",
    "tk.": "bdt",
    "tk": "bdt",
    "ksh": "shilling",  # Kenyan, Ugandan and Tanzanian shillings: "KSh2.1bn"
    "sek": "crown",  # Swedish, Norwegian and Danish crowns: "SEK700m", "700m Swedish crowns"
    "nok": "crown",
    "dkk": "crown",
    "ush": "shilling",
    "tsh": "shilling",
    "n": "ngn",
    "r": "zar",
    "p": "php",
}
PREFIX_ALTERNATION = "|".join(re.escape(p) for p in sorted(CURRENCY_PREFIXES, key=len)[::-1])
