import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate, save
E = "gossipcop/extra.jsonl"; C = "ood/celebrity_dev.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

# #30 CNN: Bieber and Gomez hang out (via TMZ)
annotate(C, "celebrity-114legit", [
    ("TMZ", "recently [[reported]]", "the singers hung out together ~~ California, home", O),
    ("with [[fans]] expressing", "expressing delight", "Bieber, 23, and Gomez, 25, appear to be back on good terms", S),
    ("2015, [[Bieber]] told", "Bieber [[told]] Complex", "he and Gomez had their identities ~~ when they were a couple", I),
    ("[[he]] said.\nThe both", "he [[said]].\nThe both", "When stuff would happen, ~~ invested in each other", N),
    ("The both", "have had kind things to say", "[[each other]] over the years", N),
    ("with [[Gomez]] complimenting", "complimenting", "Bieber's performance in June ~~ One Love Manchester benefit concert", N),
], chain=["TMZ"], also_cites=["Complex"])

# #31 Ellen DeGeneres ninth wedding anniversary post
annotate(C, "celebrity-174legit", [
    ("The 59-year-old comedian", "comedian [[posted]]", None, S, "confirms"),
    ("[[Ellen]] captioned", "Ellen [[captioned]]", "@PortiadeRossi and I got married ~~ greatest thing I am.", S, "confirms"),
    ("Thousands of fans", "chimed in", None, S),
    ("The musician", "musician [[posted]]", None, S),
    ("[[Radin]] wrote", "Radin [[wrote]]", "Nine years ago today, ~~ @theellenshow and @portiaderossi", S),
    ("story, [[Ellen]] professed", "professed", "her love for her wife of nine years", I),
    ("[[DeGeneres]] said", "DeGeneres [[said]]", "She understands me completely", N),
], chain=[], also_cites=["Good Housekeeping"])

# #32 Julia Roberts and Danny Moder outing
annotate(C, "celebrity-202legit", [], chain=[], also_cites=[])

# #33 Digital Spy: Glenn Close rep denies Hillary Clinton casting
annotate(C, "celebrity-034legit", [
    ("Glenn's spokesperson", "confirming", "the rumours were definitively \"not true\"", R, "denies"),
    ("Related: [[Glenn Close]] says", "Glenn Close [[says]] her new", "her new zombie movie is \"more of a character-driven thriller\"", N),
], chain=[], also_cites=[])

# #34 LA Times: Gwen Stefani returns to The Voice (NBC announcement)
annotate(C, "celebrity-096legit", [
    ("[[NBC]] announced Tuesday", "NBC [[announced]] Tuesday", "Stefani would rejoin ~~ current judge Miley Cyrus", R, "confirms"),
    ("Paul Telegdy ~~ reality group", "12,\" [[said]] Paul", "We can't wait to experience ~~ to season 12", R, "confirms"),
    ("[[NBC]] also announced", "NBC also [[announced]]", "the artist would rejoin ~~ yet to be determined", R),
    ("[[Telegdy]] said", "Telegdy [[said]]", "With Miley returning ~~ in our coming seasons", N),
], chain=[], also_cites=[])

save(__file__)
