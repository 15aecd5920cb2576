import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate, save
E = "gossipcop/extra.jsonl"; C = "ood/celebrity_dev.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

annotate(E, "maj--1987636422", [
    ("Selena's friends and family", "insisted", "insisted on [[that]] too", A),
    ("a source", "tells", "Selena started seeing the bigger picture when it came to their relationship", A),
    ("the source", "continues", "She obviously chose happiness ~~ decision-making process", A),
], chain=["Us Weekly"], also_cites=[])

annotate(E, "fnn-gossipcop-4251184835", [
    ("THE Kardashians", "and [[posting]] pictures of it", None, S),
    ("Kim, Khloe and Kourtney Kardashian", "after [[posting]] the pictures", None, S),
    ("by [[Khloé]] (@khloekardashian) on Apr 10, 2017 at 6:53pm", ("A post shared by", 1), "Mix tape dropping in 2018", S),
    ("by [[Khloé]] (@khloekardashian) on Apr 10, 2017 at 8:13pm", ("A post shared by", 2), "Studio vibes! ~~ About to be crazy!", S),
    ("Olivia Newton-John’s daughter", "reposted", None, S),
    ("[[Khloe]] previously declared", "previously declared", "she would never wear fur", N),
    ("[[Khloe]] released a statement", "released a statement", None, R),
    (None, "received word", "the woman responsible has very close ties to PETA, despite PETA publicly stating otherwise", A),
    ("despite [[PETA]] publicly", "publicly stating", "stating [[otherwise]]", R),
    ("[[the statement]] read", "statement [[read]]", "Hi dolls. ~~ PETA publicly stating otherwise", R),
], chain=[], also_cites=[])

annotate(E, "maj--886177297", [
    ("Corinne Olympios", "has broken her silence", "the incident that took place on the set of Bachelor in Paradise earlier this month", N),
    ("the reality TV star", ("confirmed", 1), "she was a part of the incident ~~ allegations of misconduct", R, "confirms"),
    ("[[Olympios]] explained", "explained", "she is currently in therapy ~~ shooting the show in Mexico", N),
    ("[[She]] also said", "also said", 'she has retained an attorney to "obtain justice."', N),
    ('took place," [[she]] said', 'took place," she [[said]]', "I am a victim ~~ obviously took place", N, "confirms"),
    ('took place," [[she]] said', "adding", "As a woman, this is my worst nightmare and it has now become my reality", N),
    ("A representative for ABC", "referred", None, R),
    ("[[Warner Brothers]] released", "confirming", "production on season four ~~ investigation.", R),
    ("Chris Harrison", "apologized", '"[[any inconvenience and disappointment]]"', N),
    ("[[ABC]] released", "ABC [[released]]", "the names of several Bachelor in Paradise contestants", R),
], chain=[], also_cites=[])

annotate(E, "fnn-gossipcop-8975289821", [
    ("Josh Gad", "mocked", "This 2 hour live broadcast of the new Purge film on all of network TV is very bold", N),
    ("Stephen Colbert", "also tweeted", None, S),
    ("Some celebrities", "praised", "praised [[Trump's speech]]", A),
    ("Conservative commentator Ann Coulter", ("said", 1), 'it was "beautifully delivered', N),
    ("Chuck Woolery", "Woolery [[said]]", 'it was filled with "new hope."', N),
], chain=[], also_cites=[])

annotate(E, "ffn-valid-886", [], chain=[], also_cites=[])

save(__file__)
