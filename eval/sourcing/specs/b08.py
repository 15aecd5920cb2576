import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate
E = "gossipcop/extra.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

annotate(E, "maj--914168", [])
annotate(E, "ffn-test-836", [
    ("[[Gossip Cop]], however", "can reveal", "what’s really going on", O),
    ("a headline in the new issue of Star", "reads", "Carrie Underwood: Baby #2 To Save Marriage", O),
    ("new issue of [[Star]]", "contends", "The country superstar pushed ~~ another child together.", O),
    ("[[Fisher]] announced", "announced", None, N),
    ("the tabloid", "is now claiming", "Underwood “made sure ~~ his playing days", O),
    ("A so-called “source”", "source” [[is quoted as saying]]", "Carrie told Mike ~~ troubled relationship.", A),
    ("the purported tipster", "tipster [[is quoted as saying]]", "I heard that she ~~ first fell in love", A),
], ["Star"])
annotate(E, "maj--949525", [
    ("host Julie Chen Moonves", "spoke about", None, I),
    ("the host", "host [[said]]", "I took it personally", N),
], [])
annotate(E, "maj--910939", [
    ("Goldblum's Malcolm", "says", "Life cannot be contained. ~~ Life finds a way", I),
], [])
annotate(E, "maj--7704965981", [])
annotate(E, "maj--5663483713", [])
annotate(E, "maj--2419353601", [])
