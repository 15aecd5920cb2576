import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate
E = "gossipcop/extra.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

annotate(E, "ffn-valid-655", [])
annotate(E, "maj--3152438060", [
    ("an insider", "insider [[told]] Heat", "When Stella, Mariah ~~ career boost", A),
], ["Heat"])
annotate(E, "maj--6749991746", [
    ("an insider", "insider exclusively [[told]]", "Alex Rodriguez is everywhere!", A),
    ("[[sources]], A-Rod", "According to", "A-Rod's goal is to unseat ~~ blind side", A),
], ["RadarOnline"])
annotate(E, "maj--690037397", [
    ("Ariel Winter", "is telling", "she wants to become a mom", N),
    ("RadarOnline.com", "can reveal", "Ariel Winter is telling ~~ baby store", O),
    ("a source", "source [[told]] Radar", "Ariel feels she’s done ~~ in her prime", A),
], ["RadarOnline"])
annotate(E, "maj--9067502868", [
    ("sources", "sources [[say]]", "#JELENA could be expecting their first baby", A),
    ("Friends of the loved-up duo", "duo [[tell]]", "following Selena’s recent ~~ as soon as possible", A),
    ("a source", "according to", "Justin and Selena – who ~~ “discussed eloping", A),
    ("the insider", "insider [[reveals]]", "the 24-year-old “could be pregnant already", A),
    ("the insider", "noting", "she hasn’t been drinking lately", A),
], ["Life & Style"])
annotate(E, "ffn-valid-307", [
    ("[[Komyshan]] provided", "provided", None, I),
    ("[[she]] shared", "shared", "I think he had his eye on me ~~ or something", I),
    ("[[she]] shared", "adding", "she and her friend ran into him on the street", I),
    ("’ ” [[she]] continued", "continued", "He waited for me ~~ yesterday,’", I),
    ("[[she]] said.", "she [[said]]", "He knows my light, he knows everything", I),
], ["Cosmopolitan"])
