import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate
E = "gossipcop/extra.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

annotate(E, "maj--917388", [
    ("[[the two]] have officially", "have officially announced", None, N),
    ("[[Aniston and Theroux]] shocked", "they [[announced]] in", "they were calling it quits on their marriage", R),
    ("the statement", "read", "In an effort to reduce ~~ at the end of last year", R),
    ("the pair", "insisted", "We are two best friends ~~ cherished friendship", N),
], [])
annotate(E, "ffn-valid-538", [
    ("court documents", "according to", "Mel B has filed for divorce ~~ nearly 10 years", I),
], [])
annotate(E, "maj--7607762945", [
    ("the actress and human rights activist", "opened up about", "the \"very difficult time\" ~~ breakup", I),
    ("[[Jolie]] shared", "shared", "I don't want to say very much ~~ a very difficult time", N),
], ["BBC World News"])
annotate(E, "ffn-valid-638", [
    ("[[Kevin Hart]], who's", "says", "he is finding it so hard ~~ newborn son Kenzo", N),
    ("The comedian and actor", "opened up on", "the birth of his new son Kenzo", I),
    ("According to [[Kevin]]", "According to", "it's \"very\" hard being away for work", N),
    ("[[Hart]] explained", "explained", "it's the \"excitement\" ~~ really missing", N),
    ("[[he]] shared", "shared", "It's more of the excitement ~~ see what's new", N),
], ["E! News"])
annotate(E, "maj--936196", [
    ("[[Lively]] said", "Lively [[said]]", "she's selective about who she dates", I),
], ["Elle"])
annotate(E, "maj--6293939130", [
    ("court papers", "according to", "Shelton and Bauer have settled ~~ against the publisher", I),
    ("A stipulation for dismissal", "stipulation for dismissal filed in federal court in California on Thursday [[notes]]", "all parties have agreed ~~ filed again later", I),
    ("[[the stipulation]] notes", "the stipulation [[notes]]", "each party will be responsible ~~ attorneys’ fees", I),
    ("articles that [[In Touch]] published", "claiming", "Shelton had cheated ~~ “rock bottom.", O),
    (("[[the lawsuit]] read", 1), ("the lawsuit [[read]]", 1), "Blake Shelton has had enough", I),
    ("Shelton’s complaint", "noted", "the singer was prepared ~~ was published", I),
    (("[[the lawsuit]] read", 2), ("the lawsuit [[read]]", 2), "Mr. Shelton is not in rehab ~~ misleading Rehab Story", I),
], ["TheWrap"])
annotate(E, "maj--931280", [
    ("Kanye West", "West [[says]]", "Taylor Swift was one of the factors ~~ his radio play", N),
    ("[[he]] explains", "explains", "what led to him ~~ November 2016", I),
    ("[[He]] says ever", "He [[says]] ever", "ever since he and Kim ~~ never been the same", N),
    ("[[He]] admits", "admits", "he wanted major radio play ~~ in the world", N),
    ("[[He]] admits", "and [[says]] the fact", "the fact he simply ~~ with his head", N),
    ("[[Kanye]] also notes", "notes", "the departure of L. ~~ radio dynamic", N),
    ("[[Kanye]] also notes", "but [[says]]", "it was just one of many ~~ at that point", N),
], [])
