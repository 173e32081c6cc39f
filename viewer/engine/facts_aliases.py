"""Other names of one entity: "USA" is the United States, "Kiev" Kyiv, "РФ" Russia."""

from __future__ import annotations

from viewer.engine.facts_lexicon import table

__all__ = ["NAME_ALIASES"]

NAME_ALIASES = table(
    """
    us: u.s., u.s, usa, u.s.a., united states, united states of america, america, american,
      americans, wall street
    uk: uk, u.k., britain, great britain, united kingdom, british
    eu: eu, european union
    g7: g7, group of seven, g-7
    t20: t20, twenty20
    g20: g20, group of twenty, group of 20, g-20
    un: un, united nations
    kyiv: kiev
    россия: рф, росія, росії, росію, росією
    kharkiv: kharkov
    lviv: lvov
    mykolaiv: nikolaev, nikolayev, mykolayiv
    zaporizhzhia: zaporozhye, zaporizhia
    china: chinese
    france: french
    spain: spanish
    turkey: turkish, turkiye
    netherlands: dutch
    switzerland: swiss
    greece: greek
    poland: polish
    denmark: danish
    sweden: swedish
    finland: finnish
    norway: norwegian
    ireland: irish
    england: english
    wales: welsh
    scotland: scottish
    philippines: filipino
    thailand: thai
    pentagon: defense department, department of defense
    fed: federal reserve, the fed, u.s. federal reserve
    boe: bank of england
    ecb: european central bank
    oscars: academy awards, oscar, academy award
    conservative: conservatives, conservative party, tory, tories, tory party
    liberal democrats: liberal democrat, lib dem, lib dems, libdems
    republican: republicans, republican party, gop
    kentucky: ky
    california: calif
    colorado: colo
    connecticut: conn
    florida: fla
    tennessee: tenn
    oklahoma: okla
    arizona: ariz
    minnesota: minn
    michigan: mich
    nebraska: neb
    nevada: nev
    wisconsin: wis
    wyoming: wyo
    kansas: kan
    alabama: ala
    louisiana: la
    georgia: ga
    """
)
