"""The unattributed-statistic rule (AUD101): which figures are statistics, which are sourced."""

from __future__ import annotations

import pytest

from audit.pipeline import Context, audit_document
from audit.settings import Settings
from tests.helpers import parse_text


@pytest.fixture(scope="module")
def context() -> Context:
    return Context.from_settings(Settings())


def flagged(text: str, context: Context) -> list[str]:
    report = audit_document(parse_text(text), context)
    return [f.text for f in report.findings if f.name == "unattributed-statistic"]


@pytest.mark.parametrize("text", [
    # identifiers and names
    "Leaders of the G-20 met in Lisbon on Friday.",
    "Voters in Precinct 519 waited in the rain.",
    "The 5G towers went up along the Harlow road.",
    "Families of the 9/11 victims gathered at the memorial.",
    "Route 9 stays closed between mile markers 112 and 131 until Friday.",
    # a citation bracket
    "The senator promised the farms help. [Remarks to the Grange, 4/18/13.]",
    # quantities fixed by a rule, and a plan's own goal
    "Ortiz fell short of the commission's 15 percent polling threshold.",
    "A candidate needs 270 electoral votes to win.",
    "The plan was designed to cut the harbour's fares to 20 percent below 2019 levels.",
    # rhetoric, dates, ages, tallies, small counts a reporter makes by looking
    "That is 100 percent wrong.",
    "The board met on March 3, 2021, for two hours.",
    "Dunmore, 56, has run the ferry line for a decade.",
    "The court ruled 5-4 against the county.",
    "The case will go before 7 judges, and 12 towns have joined it.",
])
def test_figures_that_are_not_statistics(text: str, context: Context) -> None:
    assert flagged(text, context) == []


@pytest.mark.parametrize("text", [
    # the source in the sentence, as indirect speech or a quotation
    "Ortiz said the ferry lost $2.3 million last year.",
    "\u201cWe lost $2.3 million,\u201d Ortiz said.",
    # a document or data source
    "County jail records show the population rose 23 percent in a year.",
    "A 2019 study by Harlow College found 4,800 households waiting for housing.",
    "Data from the state census put the county's population at 412,000.",
    # the source earlier in the paragraph, or a poll in the sentence before
    "Ortiz spoke to the council on Monday. The ferry, she said, carries 3,100 people a "
    "day. It lost $2.3 million last year.",
    "The latest Harlow Courier poll surveyed 900 voters.\n\nOrtiz leads with 48 percent.",
    # a poll's results carried over the next paragraphs of figures
    "In the Harlow Courier poll, Ortiz led by 5 percentage points.\n\n"
    "Among women she leads 54 percent to 40 percent.\n\n"
    "Among men, Dunmore leads by 6 points, 51 percent to 45 percent.",
    # ... also when the paragraph goes on to credit the same poll after its figure
    "In the Harlow Courier poll, Ortiz led by 5 percentage points. Few were undecided.\n\n"
    "Support was strongest among women, 61 percent of whom back her. Older voters favored "
    "Dunmore, the poll found.",
])
def test_figures_that_are_sourced(text: str, context: Context) -> None:
    assert flagged(text, context) == []


@pytest.mark.parametrize(("text", "figure"), [
    ("The county's jail population rose by 23 percent over the past year.", "23 percent"),
    ("Nearly 4,800 households in the valley now wait for public housing.", "Nearly 4,800"),
    ("The ferry lost $2.3 million in the last quarter.", "$2.3 million"),
    ("Nearly 40 people were hurt in the crush.", "Nearly 40 people"),
    ("Six in 10 voters back the levy.", "10"),
    # what was spent under a budget is counted by somebody, as a loan's use is not
    ("The city overspent its budget by $14 million last year.", "$14 million"),
    # a speaker's words cover their paragraph, not the next one
    ("Ortiz said the ferry was busy.\n\nThe ferry lost $2.3 million last year.",
     "$2.3 million"),
    # the writer's aside inside what a speaker is reported to have pledged
    ("The depots opened in 1990.\n\nThe mayor has pledged to close all the depots — 1,400 "
     "jobs in the valley — by May.", "1,400 jobs"),
])
def test_figures_that_need_a_source(text: str, figure: str, context: Context) -> None:
    assert [figure in found for found in flagged(text, context)] == [True]


@pytest.mark.parametrize(("text", "expected"), [
    ("The crews scrape off thousands of tons of gravel each week.", []),
    ("The storm left perhaps tens of thousands of homes without power.", ["thousands"]),
    ("The fund has spent $1.6 billion on the bridges.", ["$1.6 billion"]),
    ("The rate fell from 2001 to 2014 by a third.", []),
    ("Only five towns spend more than the recommended 2 percent of their budget on parks.",
     []),
])
def test_magnitudes_years_and_recommendations(text: str, expected: list[str],
                                              context: Context) -> None:
    assert [any(e in found for e in expected) for found in flagged(text, context)] == \
        [True] * len(expected)


@pytest.mark.parametrize("text", [
    "The ferry pass is open to residents ages 55 to 65.",
    "The harbour law requires 60 votes to change the fares.",
    "The scheme allows investors to gain a berth by investing $500,000 in the marina.",
    "The levy adds a 3.8 percent surtax on mooring fees.",
])
def test_ages_and_quantities_set_by_a_rule_are_not_statistics(text: str,
                                                              context: Context) -> None:
    assert flagged(text, context) == []


@pytest.mark.parametrize("text", [
    # a figure that a report or somebody's words hold, whatever the parser hangs it on
    "The ad features a Courier report from last week that nearly $3 million in harbour fees "
    "went missing.",
    "Dunmore was mocked for his comment about 38 percent of the riders being freeloaders.",
    # a quotation whose closing mark is typed the wrong way round
    "Dunmore made this comment:\n\n\u201cFor young riders the fare rose 40 percent. For older "
    "riders it rose 25 percent.\u201c\n\nThe council met on Monday.",
    # a headline's figure that the body credits
    "# Only 24 Percent of Harlow's Donors Give Small Sums\n\nThe Courier reported: \u201cJust 24 "
    "percent of the donors gave less than $200.\u201d",
    # the same figure with another word after it
    "# Harbour board raises fares to $2.50 despite riders' protests\n\n\u201cWe had to "
    "raise the fare to $2.50,\u201d the board's chair, Ana Ruiz, said on Monday.",
    # a charge by prosecutors, a publication's own interviews
    "Prosecutors charged two landlords with cheating tenants in at least 14 towns.",
    "The Courier interviewed more than 120 former ferry workers.",
])
def test_figures_held_by_a_report_a_quotation_or_a_charge(text: str, context: Context) -> None:
    assert flagged(text, context) == []


@pytest.mark.parametrize("text", [
    # a bound that defines a group
    "Only donors who give $200 or less count as small donors.",
    # a figure pointed back to, the writer's own life
    "And where is that $90 a week supposed to come from?",
    "Put the money in one of those 12 lockers by the dock.",
    "My grandmother spent the whole $18,000 on a fishing boat.",
    "My grandmother sold the farm in 1971. She also bought 45 acres of marsh upstate.",
    # a body's own size, by its name or a description of it
    "The Harbour Ferry Workers Guild represents almost 5,000 crew members.",
    "Dockworkers stayed off the job. The union represents about 1,400 dockworkers.",
    "The Harbour Pilots Association, which represents the port's 1,100 pilots, opposed it.",
    "To pay for that, you would need to set aside about $90 each week.",
    # a case the writer supposes, to the end of its paragraph: a worked example
    "Let's say a ferry pass will cost $2,400 by 2030. Half of that is $1,200, or $25 a "
    "week if the fund earns a 4 percent return.",
    "Suppose a skipper earns $52,000 a year. The levy would take $900 of it.",
    # the terms of an offer, as of a deal
    "Sunfield Energy offered $4.2 million for the farm.",
    # what a proposal or a push proposes, as with a verb
    "The council clashed over a proposal to move $3 million from the harbour fund.",
    "The union's push to raise $2 million for the strike fund stalled in committee.",
    # a figure in what someone misstated is that someone's
    "An earlier version of this article misstated the number of ferries as 140.",
    # dimensions, tallies, magnitudes in words, a verb's particle
    "The lighthouse towers 190 feet above the harbour.",
    # where a place is, as a map shows it
    "Patients in Marrow, where the nearest hospital is 50 miles away, were divided.",
    "The ferry runs to Kell, a village 12 kilometres north of the harbour.",
    # a place's size in people is what the place is
    "The pact would defend the bloc of 400 million citizens from attack.",
    "Both caucuses split 3 to 1 in favour of the ferry bill.",
    "The repairs cost the town millions of dollars.",
    "The mill handed over thousands of tons of slag to the county.",
    # rates of a levy, set by law or proposed; a figure a rule imposes or a fine fixes
    "The mooring tax rate, which at 12 percent is the highest on the coast, has not changed.",
    "Under the plan, boat sales would be subject to a 9 percent rate.",
    "The bill would impose a levy of 4 percent on marinas valued above $3 million.",
    "The ferry company was fined $4 million for skipping inspections.",
    # the terms of a deal or a loan are public record
    "In the end, the mill agreed to lend the union $5 million.",
    "Under the agreement, the union spent $3 million on the mill.",
    "He bought the pier with a $2.4 million loan from the county.",
    # so are the bail a court sets and the budget a council adopts
    "The harbour master was released on a $50,000 bond.",
    "Her bail of $20,000 was paid by her brother.",
    "The two candidates sparred over the city's $2.1 billion budget.",
    # a court's judgment holds the figures of the offence
    "The harbour master was sentenced to four years for stealing $1.3 million from the port.",
    "The harbour master was jailed on Monday for stealing $1.3 million from the port.",
    # a headline's figure the body gives again is judged where the body gives it
    "# Ferry clerk sent down over $86,000 fraud\n\nA former ferry clerk was sentenced to "
    "two years on Monday for taking $86,000 from the ticket office.",
    # and where the body gives the figure the headline rounds
    "# Harbour clinics give 3,400 flu shots\n\nNurses gave 3,418 vaccinations at 14 "
    "clinics over the past two weeks, the health department said on Friday.",
    # a market's prices are public record
    "The ferry company's shares fell 6 percent after the breach was disclosed.",
    "Wheat for May delivery closed at $5.82 a bushel on Tuesday on the Harlow Grain Exchange.",
    # and so is another's, its noun left out
    "The ferry company's shares rose 18 percent on the news. Its rival's fell 3 percent.",
    # so is what one thing sold at a posted price costs
    "A monthly commuter pass will cost $310, up from $277.",
    "The increase takes a return ticket from Port Alder to Skerry Island to $46.50.",
    "The base charge rises from $18 to $21 a month.",
    "The mooring fee will be $140 a season.",
    # a discount a rule sets, and its value before
    "Seniors can apply for a 30 percent discount, up from 20 percent.",
    "Kestrel pays a penalty of $500 for each late sailing, up to $20,000 a month.",
    # a bound in a clause that picks out a group
    "Households using more than 8,000 gallons a month pay a higher rate.",
    # a clock's time
    "Calloway led 58-46 with 7:12 left after Trey Odum hit back-to-back 3-pointers.",
    # the terms a law or a deal sets
    "The ordinance caps the ferry surcharge at $900 a year.",
    "The credit, which the legislature passed in March, returns 2 percent of the rent you "
    "paid last year, up to a cap of $900.",
    "Nurses ratified a three-year contract that raises wages by 14 percent.",
    # the paper a participle names holds what it sets out
    "The gap, outlined in the authority's five-year financial plan, opens when the last of "
    "roughly $140 million in federal relief money runs out.",
    # what a rule asks for
    "The front-runner fell short of the 1,237 delegates needed to win on the first ballot.",
    # votes cast are the count of record
    "The newcomer unseated the incumbent in Ward 3 by 312 votes.",
    # a worked example put to the reader, or to the reader whose letter a column answers,
    # or worked out for anyone described by figures
    "If you earn $40,000 and pay $1,100 a month in rent, your credit would be $264, and "
    "a neighbour's would be $300.",
    "For our reader, if his rent is about $1,400, three months would be $4,200. If not, "
    "he could split the bonus: $2,000 to savings, $2,000 to the card.",
    "A deckhand earning the new rate for 30 hours a week makes $21,840 a year. At $16, "
    "the same deckhand would make $24,960.",
    # a bound after a preposition in a clause that picks out a group
    "The council cut permit fees for buildings with units priced for households earning "
    "under 80 percent of the median income.",
    # an index named as its owner's, a body's own forecast, a rule's own amount
    "The Harbour Realtors' affordability index fell 6.2 percent in the third quarter.",
    "The ferry line raised its forecast. It now expects earnings of $1.30 to $1.40 a share.",
    "Ortiz wants a steep raise; the current harbour minimum wage is $9.25.",
    # the goal a law binds someone to
    "The harbour law commits the port to cutting emissions by 65 percent by 2030.",
    # an address
    "Send letters to The Harbour Ledger, 250 Quay St., Dunmore.",
    "The board meets on Tuesday at the agency's headquarters, 400 Ferrous Way.",
    # a source at the end, its verb read as a noun
    "Ferry use averaged 97 percent of capacity in the quarter, the data show.",
    "Fares covered 21 percent of operating costs last year, the annual summary shows.",
    # things of a kind at a posted price
    "Tickets start at $28 and can be bought at the box office.",
    # what a plan frames, and the terms after a colon that a rule's noun opens
    "The authority added 120 beds in October under a winter plan the board approved.",
    "The proposal includes a fare cap: riders would never pay more than $100 in a month.",
    # the figures of a schedule a law sets, listed together
    "# The new ferry law\n\nUnder the law, fares rise each year until 2028.\n\nSmall "
    "operators follow a slower schedule: $2 next year, $2.50 in 2027 and $3 in 2028.",
    # what a body decides is its act on record, and a law's frame holds its terms
    "The Harwick Utilities Commission on Thursday approved a 6.8 percent increase in rates.",
    "The harbour authority raised its mooring fee by 12 percent on Monday.",
    "The state budget for next year allocates $2.1 billion to the ferry system.",
    # a percentage worked out, to its last decimal, from sums a sourced sentence gives
    "The harbour toll will rise to $4.60 on Jan. 1, up from $4.25, the port authority said "
    "on Monday.\n\nThe 35-cent increase, about 8.2 percent, is the first since 2019.",
    # what an official scorer keeps of a game or a season
    "The Harbour Hawks beat the Dunmore Dukes 6-4 before a crowd of 5,212.",
    "Okafor, 23, is batting .312 with 44 runs batted in this season.",
    "The Hawks will start left-hander Sam Tran (6-5, 3.88 ERA) on Sunday.",
    # what a body votes to do, however the parser hangs it on the vote
    "The Harbour Council voted 6-3 on Tuesday to adopt the budget, approving a 3 percent "
    "raise for most city staff.",
    "The county board voted 4-1 on Tuesday to contribute $18 million toward a new arena.",
    # the parser may hang what it approved on the vote itself
    "The Harbour City Council voted 6-3 on Tuesday night to adopt a $21.4 million operating "
    "budget for the fiscal year that begins July 1, approving eight new firefighter positions "
    "and a 3 percent raise for most city employees.",
    # a law's or a deal's frame holds every clause it is set before
    "Under a state law passed in 2019, insurers must give owners 36 months to rebuild and "
    "must pay at least 30 percent of the coverage.",
    "Under the agreement approved by the board, the city will pay for its share with bonds "
    "repaid from a 3 percent tax on rental cars.",
    # a headline's "18%" is the body's "18 percent"
    "# Harbour Tools profit rises 18% as builders keep buying\n\nHarbour Tools said on "
    "Thursday that its third-quarter profit rose 18 percent.",
    # by a vote, and a charge it changes by that decision
    "The Harwick Water Board voted 4-1 on Wednesday to raise water rates 12 percent.",
    "Ferry fares will rise 9 percent in May after the harbour board voted to approve an "
    "increase.",
    "Under the new rules, a skipper must log at least 600 hours at sea.",
    # what a figure counts, said in its own clause to be a body's decision, as its object
    "The new dock is the first phase of a $6 million project that the harbour board "
    "approved in 2023.",
    "The new dock is the first phase of a $6 million project the harbour board approved "
    "in 2023.",
    # a deal's own amount, given with "be"
    "The harbour parks budget would be flat at $3.9 million next year.",
    # the price of one purchase is the deal's term
    "Fennick & Co. bought Tessellate Home for $640 million in cash.",
    "The Harbour Museum of Art has bought a seascape, paying 3.2 million pounds at an auction.",
    # a share of a number given is no statistic
    "Half of the 12 members voted against the plan.",
    # a poll named before holds the counts of those who answered it
    "A Harwick Ledger poll of island voters came out on Monday.\n\nThe mayor spoke on "
    "Tuesday.\n\nNearly 60 percent of voters say the ferry comes first.",
    # the goal a law binds someone to, or a target sets, is its term
    "The harbour law obliges the town to cut diesel use by 40 percent by 2032.",
    "The charter binds member ports to cut diesel use by 40 percent.",
    "The harbour act sets a target of cutting diesel use by 40 percent by 2032.",
    # a bound that says who qualifies
    "The fare cut applies to islanders earning up to 80 percent of the median wage.",
    # a draft's terms, a company's own forecast
    "Under the draft, islanders would pay no more than $60 a month.",
    "It now forecasts earnings of $2.10 to $2.20 a share.",
    # a price per unit of things of a kind is posted
    "Cabins cost $140 a night.",
    "A berth goes for $35 a night.",
    # an address
    "The board meets at 12 Quarry Plaza.",
    "The board meets at 400 Copper Row.",  # "Copper" an adjective, "Row" a noun
])
def test_figures_that_describe_define_or_are_public_record(text: str, context: Context) -> None:
    assert flagged(text, context) == []


@pytest.mark.parametrize(("text", "figure"), [
    # a noun said after the possessive is no share price left out
    ("The ferry company's shares rose 18 percent. Its rival's profit fell 3 percent.",
     "3 percent"),
    # what a plan costs is no part of what it proposes
    ("The harbour plan, which cost $40 million, was dropped.", "$40 million"),
    # how far something went measures an event
    ("The storm moved 40 miles inland before it weakened.", "40 miles"),
    # the measure a noun names is no report of it
    ("The jail population reached an average of 4,800 inmates last year.", "4,800"),
    # a question does not make its presupposed figure sourced
    ("Why did the ferry lose $2.3 million last year?", "$2.3 million"),
    # an accusation with no accuser names no source
    ("The developers have been accused of cheating investors from more than 140 towns.",
     "140"),
    # a figure repeated from a credited one is credited only in a headline
    ("The port is busy.\n\nSome 35 percent of jobs in Harlow depend on the port."
     "\n\nDunmore said a 35 percent fee would ruin the port.", "35 percent"),
    # the writer's clause, not the reader's: a figure in its own clause with its own subject
    ("You may have heard that the ferry carried 41,000 passengers last year.", "41,000"),
    ("Your property taxes rose 14 percent this year.", "14 percent"),
    # what one thing costs in a year is no posted price
    ("The ferry plan costs $40 million a year.", "$40 million"),
    # a crowd counted by no scorer is a count somebody made
    ("A crowd of about 5,000 people marched to the harbour on Saturday.", "5,000"),
    # "the polls" that voters go to, or that open, are no survey to source what follows
    ("Voters in Tallow Cove went to the polls on Tuesday.\n\nNearly 70 percent of harbour "
     "masters who sought a third term have lost.", "Nearly 70 percent"),
    ("Lines formed before the polls opened in Tallow Cove. Nearly 70 percent of harbour "
     "masters who sought a third term have lost.", "Nearly 70 percent"),
    # a vote is no source of what a clause it subordinates reports
    ("The council voted 6-3 on Tuesday to cut fares after ridership fell 12 percent last "
     "year.", "12 percent"),
    # a percentage those sums do not give, or a whole one, is a figure of its own
    ("The harbour toll will rise to $4.60 on Jan. 1, up from $4.25, the port authority said "
     "on Monday.\n\nThe increase, about 9.6 percent, is the first since 2019.", "9.6 percent"),
    ("The harbour toll will rise to $4.60 on Jan. 1, up from $4.25, the port authority said "
     "on Monday.\n\nThe increase, about 8 percent, is the first since 2019.", "8 percent"),
    # nor among a table's worth of sums, where any percentage matches some pair
    ("Tolls will be $4.60, $4.25, $3.10, $2.95, $5.40, $6.05, $7.20, $1.15 and $2.30, the "
     "port authority said on Monday.\n\nThe rise, about 8.2 percent, is the first since "
     "2019.", "8.2 percent"),
    # a decision is no source of what it may have caused
    ("Ridership fell 12 percent after the harbour board voted to approve a fare increase.",
     "12 percent"),
    # what a body did to people is no description of itself
    ("Halvorsen Freight laid off 700 drivers last year.", "700 drivers"),
    # "he" after someone not the writer's is that someone
    ("The harbour master retired in May. He also bought 45 acres of marsh upstate.",
     "45 acres"),
    # an event's extent is measured by somebody; a figure that "these" introduces is new
    ("The wildfire has burned 12,000 acres since Sunday.", "12,000 acres"),
    # what happened to people in a place is no description of it
    ("Two million people in the city lost power on Friday.", "Two million people"),
    ("These 600 tenants now wait for housing.", "600 tenants"),
    # a supposition holds only its own paragraph; a verb of supposing with a subject
    # supposes nothing
    ("Let's say a ferry pass costs $2,400.\n\nFares rose 12 percent at the harbour last "
     "year.", "12 percent"),
    ("Few skippers imagined that fares would rise 12 percent in one year.", "12 percent"),
    # an offer sets its own terms, not a claim in a clause of its own beside it
    ("Sunfield Energy offered to buy the farm after land prices rose 30 percent.",
     "30 percent"),
    # a figure outside the judgment is a claim of its own
    ("The port lost $1.3 million in the year before the harbour master was sentenced.",
     "$1.3 million"),
    # a share of people is a portion somebody measured, not a price
    ("The share of riders on the night routes rose 6 percent.", "6 percent"),
    # an average of prices is computed by somebody; a death toll is a count
    ("The average fare on the island routes rose to $3.10 last year.", "$3.10"),
    ("The agency raised the death toll from the storm to 267.", "267"),
    # a clause set off by a comma tells of the thing, and picks out no group
    ("The fires, which destroyed more than 200 homes, burned for a week.", "200 homes"),
    # a participle that names a time, not a paper, sources nothing
    ("The plan, outlined in March, would leave a gap of roughly $140 million.",
     "$140 million"),
    # what was spent on deals is a total somebody counted, not a deal's terms
    ("Pellham spent $14 million on emergency paving contracts in three years.",
     "$14 million"),
    # a payment on its own is totalled from records by somebody
    ("The campaign paid nearly $170,000 for its office space in July.", "$170,000"),
    # a share in words is a statistic as a percentage is
    ("The council met on Monday.\n\nNearly one in five households pays more than half its "
     "income in rent.", "one in five households"),
    ("Up to a third of such appeals are successful.", "a third"),
    # the tagger may read the share as an ordinal
    ("The family's appeal is due to be heard in November. Up to a third of such appeals "
     "are successful.", "a third"),
    # records named before are no poll of those who answered
    ("State records show 4,112 thefts last year.\n\n“We are worried,” said Mayor Ines "
     "Calloway.\n\nNearly 60 percent of voters say the ferry comes first.", "60 percent"),
    # people counted as they answered source nothing until a poll is named
    ("The mayor spoke on Tuesday.\n\nNearly 60 percent of voters say the ferry comes first.",
     "60 percent"),
    ("The mayor spoke on Tuesday.\n\nNearly seven in ten nurses at the clinic say they "
     "plan to leave.", "seven in ten nurses"),
    # what a body raises is a total somebody counts, and a count of what it decided
    # about is a count
    ("The Harbour Party raised $9 million in August.", "$9 million"),
    ("The harbour authority approved more than 40 new moorings last year.", "40"),
    # a thing approved by people who are no body, and what a deal's amount was compared
    # with, are somebody's figures
    ("The dock is the first phase of a $6 million project that residents approved in 2023.",
     "$6 million project"),
    ("The harbour parks budget is the largest since 1990, up 40 percent in a decade.",
     "40 percent"),
    # a share of the votes is worked out by somebody from the count
    ("Halvorsen won 73 percent of the votes cast in Ward 3.", "73 percent"),
    # what a law has done since is measured by somebody; a condition with no figures
    # supposes no worked example
    ("The ordinance has cut ferry emissions by 20 percent since 2019.", "20 percent"),
    ("If you doubt the port's troubles, consider that it lost $3 million last year.",
     "$3 million"),
    # what someone committed is counted by somebody
    ("The gang committed 140 burglaries along the harbour last year.", "140 burglaries"),
    # a change across prices is somebody's measure
    ("Tickets rose to $28 from $20 last season.", "$28"),
    # someone in particular, or anyone described by no figure, is no worked case
    ("A deckhand on the night ferry made $21,840 last year.", "$21,840"),
    ("A typical family pays $1,200 more a year for the ferry.", "$1,200"),
    # a number before a name that is no street's
    ("Some 200 Harbour Freight drivers walked out.", "200"),
    # a headline's figure the body repeats with no source is flagged once, in the body
    ("# Ferry losses reach $86,000\n\nThe ferry lost $86,000 last winter.", "$86,000"),
    # a price paid off any exchange is somebody's figure
    ("Farmers near Harlow were paid $5.82 a bushel for wheat on Tuesday.", "$5.82"),
    # a round figure far from the body's is none of its figures rounded
    ("# Harbour clinics give 4,000 flu shots\n\nNurses gave 3,418 vaccinations at 14 "
     "clinics, the health department said on Friday.", "4,000"),
])
def test_figures_near_those_concepts_still_need_a_source(text: str, figure: str,
                                                         context: Context) -> None:
    assert [figure in found for found in flagged(text, context)] == [True]


def test_a_box_of_key_facts_repeats_the_figures_the_body_credits(context: Context) -> None:
    # A bullet sums up the body, as a lede does: a figure the body credits is credited
    # there; one the body never gave a source is still the writer's to source.
    body = ("The harbour master, Ingrid Moe, said about 400 litres of diesel leaked from "
            "a supply boat on Tuesday.\n\nThe beach reopens on Saturday.\n\nKey facts:\n\n")
    assert flagged(body + "- About 400 litres of diesel leaked.\n"
                   "- The beach reopens on Saturday.\n", context) == []
    assert flagged(body + "- About 400 litres of diesel leaked.\n"
                   "- The cleanup will cost $2.4 million.\n", context) == ["$2.4 million"]
    html = ("<p>The harbour master, Ingrid Moe, said about 400 litres of diesel leaked."
            "</p><p>Key facts:</p><ul><li>About 400 litres leaked.</li></ul>")
    report = audit_document(parse_text(html, "html"), context)
    assert [f for f in report.findings if f.name == "unattributed-statistic"] == []


@pytest.mark.parametrize(("text", "span"), [
    ("A round trip for a car will go from $48 to $54 next year.", "$48 to $54"),
    ("The county spent up to 24 million dollars on the bridge.", "up to 24 million dollars"),
    ("Walk-on fares rose from £9 to £10 last year.", "£9 to £10"),
    ("About 300 counter-protesters gathered outside city hall on Saturday.",
     "About 300 counter-protesters"),
])
def test_the_finding_spans_the_whole_figure(text: str, span: str, context: Context) -> None:
    assert flagged(text, context) == [span]


def test_a_superscript_digit_is_no_figure_to_round(context: Context) -> None:
    # Python calls "²" a digit; it is no whole number a headline could round, and the
    # body's other figures are still judged, the headline's rounding among them.
    text = ("# Studio flats at 3,400 euros\n\nThe studio has 40 m² of floor space, a 10² "
            "grid of tiles, and rents for 3,418 euros.")
    assert flagged(text, context) == ["3,418 euros"]


_MARKET_DAY = ("# Harlow stocks fall for a second day\n\n"
               "Stocks on the Harlow Exchange fell on Monday as rate worries returned.\n\n")


def test_in_a_story_of_the_market_s_day_how_names_and_traded_things_moved_is_record(
        context: Context) -> None:
    text = _MARKET_DAY + (
        "The Harlow 50 index closed down 1.2 percent at 6,118.40. The yield on the "
        "10-year bond rose to 4.1 percent from 3.9 percent.\n\n"
        "The day's biggest loser was Pellmor Shipping, which sank 11 percent to 18.20 "
        "crowns. Banks and insurers lost 2.4 percent as a group.\n\n"
        "The Harlow 50 is down 3.5 percent since January after rising 6 percent in "
        "December.\n\n"
        "Crude gained 62 cents to $78.40 a barrel. Gold fell $6 an ounce.\n\n"
        "Pellmor shares had risen 9 percent this year. They are now down 5 percent.\n\n"
        "The yield on the 10-year note held at 4.2 percent, the same as on Friday.")
    assert flagged(text, context) == []


def test_a_market_day_does_not_source_results_or_other_measures(context: Context) -> None:
    # Guards: what a company earned or lost, and prices in general, are somebody's counts,
    # in a story of the market's day or not; an index outside one is somebody's statistic.
    text = _MARKET_DAY + ("Pellmor Shipping lost $40 million in the quarter.\n\n"
                          "Consumer prices rose 3.4 percent in January.\n\n"
                          "Pellmor's profit rose 12 percent.\n\n"
                          "Pellmor Shipping holds 40 percent of the harbour trade.")
    assert flagged(text, context) == ["$40 million", "3.4 percent", "12 percent", "40 percent"]
    text = ("# Costs climb\n\nThe harbour board met on Monday.\n\n"
            "The regional price index rose 4.2 percent last year.")
    assert flagged(text, context) == ["4.2 percent"]


_GAME = ("# Dunmore beats Harlow 71-64 to reach the final\n\n"
         "Kira Olsen scored 22 points and Dunmore beat Harlow 71-64 on Saturday.\n\n")


def test_in_a_game_s_story_the_counts_of_play_are_the_scorer_s_record(
        context: Context) -> None:
    text = _GAME + ("Olsen made 8 of 13 shots and 6 of 7 from the free-throw line. Harlow shot "
                    "48 percent in the first half but only 9 of 30 after the break.\n\n"
                    "Olsen ends the season with 604 points, second on the school's list.\n\n"
                    "Dunmore made 18 of 22 free throws and 3 of 9 attempts from deep; "
                    "Harlow made 9 of 14.")
    assert flagged(text, context) == []


def test_counts_of_play_outside_a_game_s_story_and_other_counts_inside_one_need_a_source(
        context: Context) -> None:
    # Guards: a game's story does not vouch for the gate's takings; "points" elsewhere
    # are a poll's.
    text = _GAME + "Ticket sales rose 40 percent this season."
    assert flagged(text, context) == ["40 percent"]
    text = ("# Race tightens\n\nThe mayor spoke in Dunmore on Saturday.\n\n"
            "Olsen leads Varga by 604 points among registered voters.")
    assert flagged(text, context) == ["604 points"]


@pytest.mark.parametrize(("text", "expected"), [
    # a figure named after its clause as set by a law is a term; a phrase naming no law
    # leaves it a count
    ("Nurses pay 7 percent of their salary into the fund, a rate fixed by statute.", []),
    ("Nurses paid 7 percent more into the fund this year, a rise noticed by many.",
     ["7 percent"]),
    # a thing that lists a figure holds it as records do; with nothing holding it, a count
    ("A board beside the quay lists the names of more than 140 sailors lost at sea.", []),
    ("More than 140 sailors from the town were lost at sea.", ["More than 140 sailors"]),
    # a levy's rate before its noun is set by law; what the levy raised is a count
    ("Diapers are now exempt from the province's 6 percent sales tax.", []),
    ("Sales tax revenue rose 6 percent last year.", ["6 percent"]),
    # a vote's count joined by "to" is the result of record; a change so joined is counted
    ("A plan to close the Northside pool, Measure D, failed 11,204 to 13,880.", []),
    ("Membership at the Northside pool grew from 11,204 to 13,880.", ["11,204"]),
    # what a proposal would do is what it proposes; what a plan did in force was measured
    ("The ferry company's request, filed in May, would have raised fares by about $3.", []),
    ("The ferry company's plan raised fares by about $3 last year.", ["about $3"]),
    # a clause of purpose is part of what the rule requires; a clause of time is a claim
    # of its own
    ("The harbour law requires the board to cut its fees so that the total does not rise "
     "by more than 4 percent a year.", []),
    ("The harbour law required the board to cut its fees after traffic fell 4 percent.",
     ["4 percent"]),
    # what a budget includes is its terms; what a body or a place includes is a count
    ("The county budget also includes $2.4 million for a new radio system.", []),
    ("The county includes 40 percent of the state's farmland.", ["40 percent"]),
    # a condition on what is the reader's supposes a case; the reader's own is a claim
    ("If your monthly expenses are about $3,500, three months would be $10,500.", []),
    ("Your monthly expenses rose about 14 percent last year.", ["about 14 percent"]),
])
def test_terms_set_by_a_law_a_vote_or_a_proposal_and_what_stays_a_count(
        text: str, expected: list[str], context: Context) -> None:
    assert flagged(text, context) == expected


def test_a_paragraph_opened_under_a_law_goes_on_with_its_terms(context: Context) -> None:
    # "Under the law, ..." sets out the law's terms, and the paragraph's later figures are
    # more of them; a paragraph that only mentions the law first is not framed by it.
    lede = "The pay floor will rise to $11 an hour under a law the governor signed.\n\n"
    framed = ("Under the law, employers may pay tipped workers $5 an hour. The tipped wage "
              "rises to $6 in 2027.")
    assert flagged(lede + framed, context) == []
    unframed = ("The law was debated for a year. After that, fares rose by 12 percent in "
                "the first month.")
    assert flagged(lede + unframed, context) == ["12 percent"]
    # "With" a law says what came with it, not terms the rest of the paragraph goes on with.
    stalled = ("With the new law in force, ferry fares rose 12 percent. Bus fares rose 8 "
               "percent in the first month.")
    assert flagged("The council met on Monday.\n\n" + stalled, context) == ["8 percent"]
    # In a story of a law, what people at large may or must do is its terms; elsewhere what
    # they may do is a guess somebody made.
    allowed = "Employers may pay tipped workers $5 an hour. The tipped wage rises to $6 in 2027."
    assert flagged(lede + allowed, context) == []
    assert flagged("The harbour board met on Monday.\n\n" + allowed, context) == ["$5", "$6"]


def test_a_with_phrase_that_bounds_a_plural_defines_a_group(context: Context) -> None:
    assert flagged("Businesses with fewer than 10 employees follow a slower schedule.",
                   context) == []
    assert flagged("Businesses, with more than 4,000 new permits, grew last year.",
                   context) == ["more than 4,000 new permits"]


def test_a_thing_found_is_no_finding_for_the_figures_after_it(context: Context) -> None:
    # A bookkeeper finding the scheme is a clue found, not evidence for the next paragraph's
    # statistic; a finding of a clause or of a count is.
    figure = "\n\nNearly one in five towns has had a case of misconduct since 2015."
    found = "Mott moved money from town accounts, prosecutors said. A new bookkeeper found {}."
    assert flagged(found.format("the scheme") + figure, context) == [
        "Nearly one in five towns"]
    assert flagged(found.format("his ledger") + figure, context) == [
        "Nearly one in five towns"]
    audit = "Mott moved money from town accounts. An audit found the scheme in 2023."
    assert flagged(audit + figure, context) == ["Nearly one in five towns"]
    for finding in ("that misconduct was common", "40 forged checks"):
        assert flagged(found.format(finding) + figure, context) == [], finding


def test_evidence_carries_into_later_paragraphs_only_for_what_it_measured(
        context: Context) -> None:
    study = ("An engineering study found that the Marsh Lane branch needs $2.1 million in "
             "repairs. The board voted on Monday to close it.\n\n")
    assert flagged(study + "Visits to the branch fell 38 percent over the decade.",
                   context) == ["38 percent"]
    # Guards: the figures of what the evidence measured, and a poll's results, carry on.
    report = "A state report found that 41 cyclists died on county roads last year.\n\n"
    assert flagged(report + "Deaths of pedestrians fell to 63 from 80.", context) == []
    poll = "A Harlow Courier poll of 800 voters found Olsen ahead of Varga.\n\n"
    assert flagged(poll + "Among women, 58 percent back Olsen.", context) == []
    # An official count's results carry on about the votes they counted; "as a result" is
    # no count.
    count = ("Lena Okafor received 11,482 votes to 9,744 for Mayor Dale Pruitt, according "
             "to unofficial results posted by the city clerk.\n\n")
    assert flagged(count + "In Ward 1, Tomas Vega won a seat with 61% of the vote.",
                   context) == []
    assert flagged("The ferry stopped running. As a result, fares on the bus rose 12 percent.",
                   context) == ["12 percent"]


def test_a_survey_s_results_run_on_only_until_other_evidence(context: Context) -> None:
    survey = ("The average fare stood at $6.80, according to the weekly survey.\n\nFares on "
              "the night routes rose 2.4 percent, according to the report. Boats there "
              "sailed full on 19 days.\n\n")
    renters = "Nearly 40 percent of renters now spend half their income on rent."
    assert flagged(survey + renters, context) == ["Nearly 40 percent"]
    # Guard: with no other evidence between, a survey's results run on.
    assert flagged(survey.split("\n\n")[0] + "\n\n" + renters, context) == []


def test_evidence_carries_up_to_the_first_speaker_that_is_no_document(
        context: Context) -> None:
    count = ("Lena Okafor received 11,482 votes to 9,744 for Mayor Dale Pruitt, according "
             "to unofficial results posted by the city clerk. Pruitt said he would not ask "
             "for a recount.\n\n")
    # What comes before someone speaks is not theirs: the count goes on.
    later = ("In Ward 1, Tomas Vega won a seat with 61% of the vote. Ruth Greer, who lost, "
             "said she was proud of her campaign.")
    assert flagged(count + later, context) == []
    # Evidence in someone's words is theirs: it carries nothing into the next paragraph.
    quoted = ("“Every study shows that the ferry pays for itself,” said Councillor Ruth "
              "Greer. “Ask anyone on the quay.”\n\nFares cover 38 percent of the ferry's "
              "costs.")
    assert flagged(quoted, context) == ["38 percent"]
