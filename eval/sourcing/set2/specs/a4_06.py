import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate, save
E = "gossipcop/extra.jsonl"; C = "ood/celebrity_dev.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

# #25 National Enquirer: George Clooney wedding disaster
annotate(C, "celebrity-083fake", [
    ("A new report from The National ENQUIRER", "ENQUIRER [[claims]]", "the Hollywood playboy has been ~~ $220 million wedding contract", O),
    ("divorce attorney Raoul L. Felder", "Felder [[told]]", "Clooney is worth an estimated ~~ agreement that's ironclad", I),
    ("[[the source]] said of Jolie", "source [[said]] of Jolie", "At first she was on the fence ~~ RSVP'd 'Yes'!", A),
    ("after [[George]] told her", "George [[told]] her", "President Obama RSVP'd 'Yes'", N),
    ("[[the source]] noted", "noted", "Pitt was going with or without her", A),
    ("the insider", "insider [[told]]", "George is extremely concerned ~~ off the bride", A),
    ("[[the source]] said.\n\n\"Now", "source [[said]].\n\n\"Now", "Before switching locations, ~~ wanted a sponsor", A),
    ("[[George]] told the planner", "George [[told]] the planner", "he wanted a sponsor", N),
], chain=["National Enquirer"], also_cites=[])

# #26 National Enquirer (Rob Shuter): Kris Jenner pushing kids into politics
annotate(C, "celebrity-218fake", [
    ("a mole", "confesses", "In an upcoming episode ~~ with her camera crew", A),
], chain=["National Enquirer"], also_cites=[])

# #27 Rupaul claims Trump touched him (Hollywood Inquirer)
annotate(C, "celebrity-062fake", [
    ("Inquirer, [[Rupaul]]", "Rupaul\xa0[[said]] that", "Mr Trump \"made a move\" on him ~~ Julie Newmar", I, "confirms"),
    ("and [[he]] says Trump", "he [[says]] Trump", "Trump clearly mistook him for a real woman", N, "confirms"),
    ("[[Rupaul]] says he found", "Rupaul [[says]] he found", "he found Donald ~~ rudeness and vulgarity", N, "confirms"),
    ("Many women", "denounce", "the abusive ~~ from Trump over the years", A),
    ("The New York Times", "published an article", None, O),
    ("Trumps's alleged victims", "described", "the mistreatment they suffered", A),
    ("after [[Trump]] bragged", "[[bragged]] about", "kissing, groping and trying ~~ not his wife", I),
    ("[[He]] added", "added", "Grab them by the pussy. You can do anything.", N),
], chain=[], also_cites=["Hollywood Inquirer", "The New York Times", "The Washington Post", "NBC News"])

# #28 Costar feuds listicle: SJP / Kim Cattrall
annotate(C, "celebrity-056fake", [
    ("Both stars", "have refuted", None, N, "denies"),
], chain=[], also_cites=[])

# #29 Chris Pratt at Hillsong Church (via ET, People)
annotate(C, "celebrity-187legit", [
    ("Entertainment Tonight", ("According to", 1), "Chris Pratt was spotted ~~ Kourtney Kardashian", O),
    ("the Guardians of the Galaxy star and his wife, Anna Faris", "announced", "their separation", N),
    ("According to [[People]]", ("According to", 2), "Pratt \"redefined\" ~~ Jack, in 2012", O),
    ("[[He]] told the publication", "He [[told]]", "he and Faris prayed ~~ nine weeks premature", I),
    ("2016, [[Pratt]] helped", "telling", "it was \"what Jesus ~~ a cross up a hill.\"", I),
], chain=["ET"], also_cites=["People"])

save(__file__)
