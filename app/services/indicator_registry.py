"""The one list of follow-up indicators (issue 12): id, names, definition, kind, the store
query that counts it (`app.store.indicators.QUERIES`, by the same id) and the breakdowns it can
be split by. The full definitions in words are in docs/indicators.md (a test holds the two
together). `app.services.indicators` computes them."""

from __future__ import annotations

from app.models.indicators import Breakdown, Indicator, Kind

_PLAN_BREAKDOWNS = frozenset(
    {Breakdown.ORGANISATION, Breakdown.UNIT, Breakdown.SETTING, Breakdown.MEASURE, Breakdown.PROFESSION}
)
_ASSESSMENT_BREAKDOWNS = frozenset({Breakdown.ORGANISATION, Breakdown.UNIT, Breakdown.MEASURE, Breakdown.PROFESSION})
_DEVIATION_BREAKDOWNS = frozenset({Breakdown.ORGANISATION, Breakdown.UNIT, Breakdown.SETTING, Breakdown.MEASURE})
_UNIT_ONLY = frozenset({Breakdown.UNIT})


def _i(
    id: str, sv: str, en: str, dsv: str, den: str, kind: Kind, breakdowns: frozenset[Breakdown], **kw: str
) -> Indicator:
    query = "" if kw.get("todo") else id
    return Indicator(id, sv, en, dsv, den, kind, query, breakdowns, **kw)


REGISTRY: tuple[Indicator, ...] = (
    _i(
        "persons_with_egenvard",
        "Personer med egenvård",
        "Persons with self-care (egenvård)",
        "Antal personer med minst en gällande (signerad) egenvårdsplan, signerad senast periodens slut.",
        "Number of persons with at least one plan in force (signed), signed by the period's end.",
        Kind.COUNT,
        _PLAN_BREAKDOWNS,
    ),
    _i(
        "new_assessments",
        "Nya egenvårdsbedömningar",
        "New assessments",
        "Antal egenvårdsbedömningar med bedömningsdatum inom perioden.",
        "Number of assessments dated within the period.",
        Kind.COUNT,
        _ASSESSMENT_BREAKDOWNS,
    ),
    _i(
        "plans_signed",
        "Signerade planer",
        "Plans signed",
        "Antal planversioner signerade inom perioden (ny bedömning och omprövning).",
        "Number of plan versions signed within the period (new and re-assessment).",
        Kind.COUNT,
        _PLAN_BREAKDOWNS,
    ),
    _i(
        "health_care_because_of_risk",
        "Hälso- och sjukvårdsinsats på grund av risk",
        "Health-care measure because of a risk of harm",
        "Täljare: bedömningar inom perioden med utfallet hälso- och sjukvårdsinsats där riskanalysen visar risk "
        "för skada. Nämnare: alla bedömningar inom perioden.",
        "Numerator: assessments within the period that ended as a health-care measure with a risk analysis "
        "showing risk of harm. Denominator: all assessments within the period.",
        Kind.SHARE,
        _ASSESSMENT_BREAKDOWNS,
    ),
    _i(
        "risk_analysis_documented",
        "Dokumenterad riskanalys",
        "Risk analysis documented",
        "Täljare: planversioner signerade inom perioden vars bedömning har en strukturerad riskanalys (minst en "
        "risk och en slutsats). Nämnare: planversioner signerade inom perioden.",
        "Numerator: plan versions signed within the period whose assessment has a structured risk analysis (at "
        "least one hazard and a conclusion). Denominator: plan versions signed within the period.",
        Kind.SHARE,
        _PLAN_BREAKDOWNS,
    ),
    _i(
        "samrad_participants",
        "Samråd med rätt deltagare",
        "Consultation (samråd) with the required participants",
        "Täljare: planversioner signerade inom perioden vars bedömning har dokumenterad riskanalys och samråd med "
        "de deltagare verksamheten kräver. Nämnare: planversioner signerade inom perioden.",
        "Numerator: plan versions signed within the period whose assessment has a documented risk analysis and "
        "samråd with the participants the setting requires. Denominator: plan versions signed within the period.",
        Kind.SHARE,
        _PLAN_BREAKDOWNS,
    ),
    _i(
        "reviews_on_time",
        "Uppföljningar i tid",
        "Reviews done by their date",
        "Täljare: uppföljningar och omprövningar planerade inom perioden som gjordes senast planerat datum. "
        "Nämnare: de planerade inom perioden som är gjorda eller vars datum har passerat (ej avbrutna).",
        "Numerator: follow-ups and re-assessments planned within the period that were done by their date. "
        "Denominator: those planned within the period that are done or whose date has passed (not cancelled).",
        Kind.SHARE,
        _PLAN_BREAKDOWNS,
    ),
    _i(
        "reviews_overdue",
        "Försenade uppföljningar",
        "Reviews overdue",
        "Antal uppföljningar och omprövningar som vid periodens slut (eller i dag) var ogjorda efter sitt datum.",
        "Number of follow-ups and re-assessments not done past their date at the period's end (or today).",
        Kind.COUNT,
        _PLAN_BREAKDOWNS,
    ),
    _i(
        "reviews_overdue_median_days",
        "Försenade uppföljningar, mediandagar",
        "Reviews overdue, median days",
        "Median av antalet dagar de försenade uppföljningarna var försenade vid periodens slut (eller i dag).",
        "Median of the days the overdue reviews were overdue at the period's end (or today).",
        Kind.MEDIAN,
        _PLAN_BREAKDOWNS,
    ),
    _i(
        "copies_within_14_days",
        "Kopia inom 14 dagar",
        "Signed copy handed over within 14 days",
        "Täljare: planversioner signerade inom perioden vars kopia nådde den enskilde (eller vårdnadshavare) och, "
        "utom när närstående utför, verksamheten (handläggare, enhetschef eller skolledare) inom 14 dagar. "
        "Nämnare: planversioner signerade inom perioden, minst 14 dagar sedan.",
        "Numerator: plan versions signed within the period whose copy reached the person (or a guardian) and, "
        "unless a relative performs, the verksamhet (case officer, unit manager or school leader) within 14 days. "
        "Denominator: plan versions signed within the period, at least 14 days ago.",
        Kind.SHARE,
        _PLAN_BREAKDOWNS,
    ),
    _i(
        "instruction_before_first_performance",
        "Instruktion före första utförande",
        "Instruction before the first performance",
        "Täljare: planer i skola eller verksamhet (inte närstående) vars första utförande i signeringslistan ligger "
        "inom perioden och som har en instruktion registrerad senast den dagen. Nämnare: sådana planer.",
        "Numerator: plans in a school or unit (not a relative) whose first performance lies within the period and "
        "that have an instruction recorded by that day. Denominator: such plans.",
        Kind.SHARE,
        _PLAN_BREAKDOWNS,
    ),
    _i(
        "performances_not_done",
        "Signeringslista: ej utfört",
        "Performance log: not done",
        "Täljare: rader i signeringslistan inom perioden markerade ”ej utfört”. Nämnare: alla rader inom perioden.",
        "Numerator: performance log entries within the period marked “not done”. Denominator: all entries.",
        Kind.SHARE,
        _PLAN_BREAKDOWNS,
    ),
    _i(
        "not_done_with_deviation",
        "Ej utfört som ledde till avvikelse",
        "Not done that led to a deviation",
        "Täljare: ”ej utfört” inom perioden kopplade till en avvikelse. Nämnare: alla ”ej utfört” inom perioden.",
        "Numerator: “not done” entries within the period linked to a deviation. Denominator: all “not done”.",
        Kind.SHARE,
        _PLAN_BREAKDOWNS,
    ),
    _i(
        "deviations",
        "Avvikelser",
        "Deviations",
        "Antal avvikelser som inträffade inom perioden.",
        "Number of deviations that occurred within the period.",
        Kind.COUNT,
        _DEVIATION_BREAKDOWNS,
    ),
    _i(
        "deviations_by_category",
        "Avvikelser per typ",
        "Deviations by kind",
        "Antal avvikelser som inträffade inom perioden, per kategori.",
        "Number of deviations that occurred within the period, by category.",
        Kind.COUNT,
        frozenset(),
        dimension_sv="Typ",
        dimension_en="Kind",
    ),
    _i(
        "deviations_by_harm",
        "Avvikelser per skada",
        "Deviations by harm",
        "Antal avvikelser som inträffade inom perioden, per skada (ingen, risk för skada, skada).",
        "Number of deviations that occurred within the period, by harm (none, risk of harm, harm).",
        Kind.COUNT,
        frozenset(),
        dimension_sv="Skada",
        dimension_en="Harm",
    ),
    _i(
        "deviations_all_informed",
        "Avvikelser där alla parter informerats",
        "Deviations with every party informed",
        "Täljare: avvikelser inom perioden där varje berörd part har ett datum för information. Nämnare: avvikelser "
        "inom perioden med minst en berörd part.",
        "Numerator: deviations within the period where every party has a date informed. Denominator: deviations "
        "within the period with at least one party.",
        Kind.SHARE,
        _DEVIATION_BREAKDOWNS,
    ),
    _i(
        "joint_event_analysis",
        "Gemensam händelseanalys",
        "Joint event analysis",
        "Täljare: avvikelser inom perioden som berör flera organisationer och har en gemensam händelseanalys. "
        "Nämnare: avvikelser inom perioden som berör flera organisationer.",
        "Numerator: deviations within the period involving several organisations that have a joint event analysis. "
        "Denominator: deviations within the period involving several organisations.",
        Kind.SHARE,
        _DEVIATION_BREAKDOWNS,
    ),
    _i(
        "days_to_analysis",
        "Dagar till händelseanalys, median",
        "Days to event analysis, median",
        "Median av dagarna från händelsen till den gemensamma händelseanalysen, för avvikelser inom perioden "
        "med ett datum för analysen.",
        "Median of the days from the event to the joint event analysis, for deviations within the period whose "
        "analysis is dated.",
        Kind.MEDIAN,
        _DEVIATION_BREAKDOWNS,
    ),
    _i(
        "disputes_discussion_within_14_days",
        "Tolkningar med diskussion inom två veckor",
        "Disputes discussed within two weeks",
        "Täljare: tolkningar öppnade inom perioden där diskussionen påbörjades inom 14 dagar. Nämnare: tolkningar "
        "öppnade inom perioden, minst 14 dagar sedan eller redan påbörjade.",
        "Numerator: disputes opened within the period whose discussion started within 14 days. Denominator: "
        "disputes opened within the period, at least 14 days ago or already started.",
        Kind.SHARE,
        _UNIT_ONLY,
    ),
    _i(
        "disputes_open",
        "Öppna tolkningar",
        "Open disputes",
        "Antal tolkningar som var öppna (ej lösta) vid periodens slut (eller i dag).",
        "Number of disputes open (not resolved) at the period's end (or today).",
        Kind.COUNT,
        _UNIT_ONLY,
    ),
    _i(
        "disputes_resolved",
        "Lösta tolkningar",
        "Disputes resolved",
        "Antal tolkningar lösta inom perioden.",
        "Number of disputes resolved within the period.",
        Kind.COUNT,
        _UNIT_ONLY,
    ),
    _i(
        "disputes_resolved_within_14_days",
        "Tolkningar lösta inom två veckor",
        "Disputes resolved within two weeks",
        "Täljare: tolkningar lösta inom perioden högst 14 dagar efter att de öppnades. Nämnare: tolkningar lösta "
        "inom perioden.",
        "Numerator: disputes resolved within the period at most 14 days after they were opened. Denominator: "
        "disputes resolved within the period.",
        Kind.SHARE,
        _UNIT_ONLY,
    ),
    _i(
        "persons_with_sip",
        "Personer med egenvård och SIP",
        "Persons with self-care and a coordinated individual plan (SIP)",
        "Täljare: personer med egenvård (som ovan) med minst en SIP-koppling daterad senast periodens slut. "
        "Nämnare: personer med egenvård.",
        "Numerator: persons with egenvård (as above) with at least one SIP link dated by the period's end. "
        "Denominator: persons with egenvård.",
        Kind.SHARE,
        _PLAN_BREAKDOWNS,
    ),
    _i(
        "bistand_by_law",
        "Biståndsbeslut per lag",
        "Assistance (bistånd) decisions by law",
        "Antal beslut om bistånd (beviljade och avslag) fattade inom perioden, per lag (SoL, LSS, SFB).",
        "Number of bistånd decisions (granted and denied) made within the period, by law (SoL, LSS, SFB).",
        Kind.COUNT,
        frozenset(),
        dimension_sv="Lag",
        dimension_en="Law",
    ),
    _i(
        "intyg_by_profession",
        "Egenvårdsintyg per profession",
        "Self-care certificates (egenvårdsintyg) by profession",
        "Antal egenvårdsintyg utfärdade inom perioden, per utfärdarens profession (som tabellen i STEG-studien).",
        "Number of egenvårdsintyg issued within the period, by the issuer's profession (as the STEG study's table).",
        Kind.COUNT,
        frozenset(),
        dimension_sv="Profession",
        dimension_en="Profession",
    ),
)
BY_ID = {i.id: i for i in REGISTRY}
