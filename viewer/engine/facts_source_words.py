"""Words that say who speaks: the heads of source phrases by class, and modifiers of none.

"three officials said", "a company spokesperson said", "the ministry said": the head word
of a source phrase gives its class (official, spokesperson, ministry), and two sources of
one class with the same modifiers are one source. General news vocabulary, no story words.
"""

from __future__ import annotations

from viewer.engine.facts_lexicon import table

__all__ = ["NEUTRAL_MODIFIERS", "SOURCE_HEADS"]

SOURCE_HEADS = table(
    """
    source: source, sources, people, person
    official: official, officials, authorities, superintendent, superintendents
    participant: participant, participants
    spokesperson: spokesperson, spokesman, spokeswoman, spokespeople, publicist, publicists
    representative: representative, representatives
    diplomat: diplomat, diplomats
    witness: witness, witnesses
    analyst: analyst, analysts, economist, economists, strategist, strategists
    trader: trader, traders, dealer, dealers
    exporter: exporter, exporters
    importer: importer, importers
    producer: producer, producers, grower, growers
    shipper: shipper, shippers
    broker: broker, brokers
    bidder: bidder, bidders, suitor, suitors
    investor: investor, investors
    banker: banker, bankers
    engineer: engineer, engineers
    worker: worker, workers, employee, employees, staff
    rescuer: rescuer, rescuers, firefighter, firefighters
    ranger: ranger, rangers, warden, wardens
    pilot: pilot, pilots
    player: player, players
    coach: coach, coaches
    manager: manager, managers, management
    teacher: teacher, teachers
    nurse: nurse, nurses
    student: student, students
    farmer: farmer, farmers
    fan: fan, fans, supporter, supporters
    survivor: survivor, survivors
    family: family, families, relative, relatives
    expert: expert, experts
    insider: insider, insiders
    aide: aide, aides
    adviser: adviser, advisers, advisor, advisors
    negotiator: negotiator, negotiators
    investigator: investigators, investigator, detectives, detective, inspector, inspectors
    prosecutor: prosecutors, prosecutor
    lawyer: lawyer, lawyers, attorney, attorneys, barrister, barristers, solicitor, solicitors
    agent: agent, agents
    police: police, patrol, troopers
    person: residents, resident, neighbour, neighbours, neighbor, neighbors
    journalist: journalist, journalists, reporter, reporters
    party: party, parties
    correspondent: correspondent
    ministry: ministry, ministries, department
    government: government, governments, administration, cabinet
    military: military, army
    navy: navy
    guard: guard, guards, coastguard, coastguards
    company: company, companies, firm, firms, manufacturer, manufacturers, drugmaker,
      drugmakers, carmaker, carmakers, automaker, automakers, chipmaker, chipmakers,
      retailer, retailers, airline, airlines, insurer, insurers, bank, banks, lender,
      lenders, group, groups, operator, operators, recruiter, recruiters,
      railroad, railroads, railway, railways, exchange, exchanges
    agency: agency, agencies, commission, commissions, mission, missions, bureau, bureaus,
      center, centers, centre, centres, institute, institutes, council, councils
    committee: committee, committees
    board: board, boards
    observer: observer, observers, monitor, monitors
    auditor: auditor, auditors, accountant, accountants
    commander: commander, commanders
    institution: hospital, hospitals, school, schools, university, universities, museum,
      museums, zoo, zoos
    regulator: regulator, regulators
    court: court, courts, tribunal, tribunals
    judge: judge, judges, magistrate, magistrates
    coroner: coroner, coroners
    cleric: bishop, bishops, archbishop, priest, priests, imam, imams, rabbi, pastor, cleric
    office: office, headquarters
    union: union, unions
    media: media
    officer: officer, officers
    governor: governor, governors
    minister: minister, ministers
    president: president
    lawmaker: lawmaker, lawmakers, legislator, legislators, senator, senators
    whip: whip, whips
    charity: charity, charities, ngo, ngos
    doctor: doctor, doctors, medic, medics
    activist: activist, activists
    organiser: organiser, organisers, organizer, organizers
    club: club, clubs
    delegate: delegate, delegates
    researcher: researcher, researchers, scientist, scientists, author, authors
    study: study, studies, survey, surveys, poll, polls, analysis, report, reports, count,
      tally, estimates
    editor: editor, editors
    document: document, documents, filings, filing, records, memo, memos, emails, communique,
      communiques, recordings, recording, transcripts, transcript, footage, draft, drafts,
      letter, letters, affidavit, affidavits, indictment, indictments
    mayor: mayor
    leader: leader, leaders
    owner: owner, owners, landlord, landlords, applicant, applicants
    executive: executive, executives, ceo, chairman, chairwoman, chairperson, director,
      directors
    service: service, services
    rebel: rebel, rebels, militants, insurgents
    """
)
# Modifiers of a source that add no fact ("three unnamed sources" = "three sources"), and
# words of size or rank that do not tell which body ("the big bank" = "the large bank").
NEUTRAL_MODIFIERS = frozenset(
    "unnamed anonymous informed familiar knowledgeable the these those such other national"
    " country nation big bigger biggest large larger largest huge giant major leading top"
    " main key small smaller senior high-ranking high-level"
    # how sure a study is, which the hedges tell ("a preliminary analysis")
    " preliminary"
    # which of a body's papers, by when ("its latest annual report" / "its recent annual
    # report")
    " latest recent newest new".split()
)
