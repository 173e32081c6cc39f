"""Hedges and negation of the fact-change detector, by what they do to a claim."""

from __future__ import annotations

from viewer.engine.facts_lexicon import table

__all__ = ["CERTAINTY"]

# Hedges and negation, by what they do to a claim; words in one class are interchangeable.
CERTAINTY = table(
    """
    possible: may, might, could, possibly, perhaps, maybe, potentially, possible, potential,
      not rule out, not ruling out, not ruled out, n't rule out, n't ruled out, cannot rule out,
      could not be ruled out, cannot be ruled out, can't be ruled out, not be ruled out,
      not excluded, n't excluded, not exclude, n't exclude, declined to rule out,
      refused to rule out, would not rule out, remained a possibility, remains a possibility,
      left open the possibility,
      leaves open the possibility, leave open the possibility, leaving open the possibility,
      kept open the possibility, keeps open the possibility, left the door open,
      leaves the door open, leaving the door open, raised the possibility,
      raises the possibility
    probable: probably, likely, presumably, expected to, is expected, are expected,
      was expected, were expected, be expected, been expected, expected, is forecast to,
      are forecast to, was forecast to, were forecast to, projected to, is projected to,
      are projected to, was projected to, were projected to, predict, predicts, predicted,
      predicting, feared dead, projected that, projects that, was projected by,
      were projected by, is projected by,
      feared killed, feared drowned
    improbable: unlikely, not likely
    alleged: allegedly, alleged, alleging, allege, alleges, accusing, accuse, accuses,
      over claims,
      over allegations, reportedly,
      on suspicion of, accused,
      purportedly, supposedly, according to reports, is believed, are believed, was believed,
      were believed, is thought, are thought, said to be, said to have, believed to, thought to,
      suspected, suspect, suspects, believe, believes, accused of, is understood to,
      are understood to, was understood to, were understood to, allegations that,
      accusations that, amid claims, amid allegations, following claims, investigating claims,
      investigating allegations, probing claims, probing allegations, looking into claims,
      looking into allegations, examining claims, examining allegations, settle claims,
      settled claims, settles claims, settling claims, resolve claims, resolved claims,
      resolves claims, resolving claims, settle allegations, settled allegations,
      settles allegations, settling allegations, resolve allegations, resolved allegations,
      resolves allegations, resolving allegations
    apparent: apparently, an apparent, appear, appears, appeared, seem, seems, seemed,
      showed signs of,
      shows signs of, showing signs of, preliminary results, preliminary data,
      preliminary figures, preliminary estimates, preliminary count, preliminary analysis,
      preliminary study, preliminary report, preliminary research, preliminarily, provisional,
      preliminary assessment, preliminary estimate, initial assessment, initial estimate,
      preliminary official results, preliminary official figures, preliminary official data,
      provisionally,
      preliminary findings, early results, early data, early figures, early findings,
      initial results, initial data, initial figures, initial findings, first results,
      not peer-reviewed, not been peer-reviewed, not yet been peer-reviewed, not yet peer-reviewed,
      yet to be peer-reviewed, not peer reviewed, not been peer reviewed, yet to be peer reviewed,
      not undergone peer review, not yet undergone peer review, yet to undergo peer review
    associated: is associated with, are associated with, was associated with,
      were associated with, associated with, is correlated with, are correlated with,
      correlated with, an association between, link between, links between, is linked to,
      are linked to, was linked to,
      were linked to, also linked to, also associated with, strongly linked to,
      strongly associated with, closely linked to, in mice, in rats, in animals, in animal studies,
      in laboratory tests, in lab tests, in cell cultures, in a small study, in a pilot study,
      on mice, on rats, on animals, in mouse studies, in a mouse study, in a study of mice
    unclear: unclear, uncertain, unknown, not clear, not immediately clear, not known,
      not yet clear, not yet known, analysing whether, analyzing whether, investigating whether,
      examining whether, assessing whether, checking whether, looking into whether,
      little is known, unconfirmed, declined to confirm, refused to confirm,
      would not confirm, did not confirm, could not confirm, unable to confirm, declined to say,
      would not say,
      declined to disclose, would not disclose, did not disclose, refused to disclose,
      declined to reveal, would not reveal, did not reveal
    certain: will, would, definitely, certainly, undoubtedly, clearly
    scheduled: set to, scheduled to, scheduled for, slated to, is due, are due, was due,
      were due, on course to, on track to, pencilled in for, penciled in for
    planned: plans to, plan to, planned to, planning to, intends to, intend to, intended to,
      intending to, plans a, plans an, planned a, planning a, is planned for, are planned for,
      was planned for, were planned for, a proposed, the proposed,
      its proposed, their proposed
    considered: is considering, are considering, was considering, were considering,
      is being considered, are being considered, was being considered,
      were being considered, under consideration,
      is weighing, are weighing, was weighing, were weighing, is mulling, are mulling,
      is in talks to, are in talks to, was in talks to, were in talks to, in advanced talks to,
      is negotiating to, are negotiating to, was negotiating to, were negotiating to,
      close to signing, close to agreeing, close to completing, close to appointing,
      close to being, close to a deal, closing in on, nearing a deal, on the verge of signing,
      in talks to, in negotiations to, in advanced negotiations to, is negotiating the,
      are negotiating the, was negotiating the, were negotiating the, is also negotiating
    conditional: subject to regulatory approval, subject to regulatory approvals,
      subject to approval, subject to shareholder approval, pending regulatory approval,
      pending regulatory approvals, pending regulatory clearance, subject to regulatory clearance,
      pending approval, pending shareholder approval,
      subject to customary closing conditions, subject to market conditions,
      subject to market and other conditions, only if
    denied: denied, denies, deny, rejected claims, rejects claims, rejected allegations,
      rejects allegations, denying, dismissed claims, dismisses claims, rejected the claims,
      rejects the claims, rejected the allegations, rejects the allegations,
      rejected the accusations, rejects the accusations, rejected accusations,
      dismissed the claims, dismisses the claims, dismissed the allegations,
      pleaded not guilty, pleads not guilty, pleading not guilty, plead not guilty,
      entered a plea of not guilty, entered pleas of not guilty, entered a not guilty plea,
      entered not guilty pleas, enter a plea of not guilty, enter a not guilty plea,
      entering a plea of not guilty, rejected the allegation, rejects the allegation,
      rejected the accusation, rejects the accusation, rejected the claim, rejects the claim,
      allegations have been rejected, allegations were rejected, accusations have been rejected,
      accusations were rejected, rejecting the allegations, rejecting the claims,
      rejecting the accusations, rejecting allegations, rejecting claims
    admitted: admitted, admits, admit, admitting, acknowledged, acknowledges, acknowledging,
      conceded, concedes, conceding, pleaded guilty, pleads guilty, pleading guilty, plead guilty,
      entered a plea of guilty, entered pleas of guilty, entered a guilty plea,
      entered guilty pleas, enter a guilty plea, enter a plea of guilty, enters a guilty plea,
      entering a guilty plea
    cleared: acquitted, acquitting, acquit, acquits, found not guilty, cleared of, cleared him of,
      cleared her of, cleared them of, found him not guilty, found her not guilty,
      found them not guilty
    negation: not, failed to, n't, never, no longer, nowhere, nothing, neither, nor, no,
      no one, nobody, none, cannot, could not, unable to, unless, without, declined to,
      refused to, has yet to, have yet to, had yet to, is yet to, are yet to, was yet to,
      were yet to, ruled out, rules out, ruling out,
      rule out, was absent from, were absent from, is absent from, are absent from,
      has stopped, have stopped, had stopped, insufficient, inadequate, unhurt, unharmed, unpaid,
      uninjured, without injury, without injuries, lack, lacks, lacked, stayed away from,
      stays away from, stay away from, warn against, warned against, warns against,
      warning against, caution against, cautioned against, cautions against, advise against,
      advised against, advises against,
      ended the practice of, ends the practice of, stopped the practice of
    """
)
# What a study "suggests" or "indicates" it hedges; what it "shows" it does not.
CERTAINTY |= {
    f"{n} {v}": "apparent"
    for n in (
        "study studies findings research data evidence results analysis"
        " poll polls survey surveys projection projections model models forecast forecasts"
    ).split()
    for v in "suggest suggests suggested indicate indicates indicated".split()
}
