import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate, save
E = "gossipcop/extra.jsonl"; C = "ood/celebrity_dev.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

# 15
annotate(E, "ffn-valid-17", [
    ("[[Kim Kardashian West]] revealed what", "West [[revealed]] what", "what husband Kanye West gave her ~~ Apple, and Amazon", N, "confirms"),
    ("the reality TV star and entrepreneur", "entrepreneur [[shared]]", "how Kanye delivered the stock-ing stuffer", S, "confirms"),
    ("[[Kardashian]] says", "Kardashian [[says]]", "So for one of my Christmas presents ~~ and Adidas socks", N, "confirms"),
    ("[[she]] says in", "she [[says]] in", "But then, I open the next box ~~ and Disney stock", S, "confirms"),
    ("[[Kardashian]] wrote", "Kardashian [[wrote]]", "best husband alert!", S),
    ("[[the certificate]] says", "certificate [[says]]", "are valued at around $100,000", I),
    ("CNBC", "according to", "Netflix (nflx) was up 51% ~~ 57% year-to-date", O),
], chain=[], also_cites=["CNBC"])

# 16
annotate(E, "ffn-valid-224", [
    ("[[CBS]] says", "CBS [[says]]", "Ramirez’s character will be introduced the November 19 episode", R, "confirms"),
    ("Barbara Hall, executive producer and series creator", "cast,” [[said]] Barbara", "We’re very excited that Sara is joining the cast", N, "confirms"),
    ("Lori McCreary, executive producer", "team,” [[said]] Lori", "We are thrilled to have Sara join the Madam Secretary State Department team", N, "confirms"),
], chain=[], also_cites=[])

# 17
annotate(E, "ffn-test-673", [
    ("[[Kim Kardashian West]] has shared", "has shared", None, S, "confirms"),
    ("The reality TV star", "star [[posted]] the snap", None, S, "confirms"),
    ("[[She]] told fans", "She [[told]] fans", "I don't think you really understand how hard it is to take a good family pic", N),
    ("[[Kim]] added", "Kim [[added]]", "This was all we got ~~ I cried too", N),
    ("since [[she]] announced", "announced", "the arrival of Chicago", N),
    ("[[Kim]] previously revealed", "previously [[revealed]]", "she had decided to use a surrogate ~~ pregnant again", N),
    ("doctors", "doctors [[warned]] of", "serious health risks if she became pregnant again", A),
    ("[[She]] said not", "She [[said]] not", "not carrying the child herself ~~ with their daughter", N),
], chain=[], also_cites=[])

# 18
annotate(E, "ffn-valid-145", [], chain=[], also_cites=[])

# 19
annotate(E, "ffn-test-63", [], chain=[], also_cites=[])
save(__file__)
