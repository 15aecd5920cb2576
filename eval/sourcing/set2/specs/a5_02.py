import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate, save
E = "gossipcop/extra.jsonl"; C = "ood/celebrity_dev.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

# 5
annotate(E, "maj--5119405298", [
    ("The Sun", "had previously reported", "the couple offered to vacate ~~ their move to Windsor", O),
    ("A palace spokesperson", "spokesperson [[told]]", "the decision regarding who ~~ not yet been finalized", R),
], chain=[], also_cites=["The Sun", "Hello!"])

# 6
annotate(E, "maj--7532093943", [
    ("one critic", "noted", "I was surprised to discover ~~ it was an ashtray", A),
], chain=["The New York Times"], also_cites=[])

# 7
annotate(E, "maj--5379009295", [
    ("a close source", "dishes", ("Terry rubs Jen the wrong way", 1), A),
    ("Star Magazine", "[[From]] Star Magazine", "Terry Richardson does not have a friend ~~ checking out her boobs", O),
    ("all of Uncle Terry’s victims", "victims [[said]]", "[[That]]’s what all", A),
    ("[[they]] mostly said", "mostly [[said]]", "Terry rubs himself ~~ humiliation and degradation", A),
], chain=["Star"], also_cites=[])

# 8
annotate(E, "maj--8387525297", [
    ("Shepherd's pal", "According to", "Stephanie was tired ~~ for days on end", A, "confirms"),
    ("the insider", "claimed", "The breaking point came ~~ her millionaire boss", A),
    ("[[Kim]] told", "Kim [[told]] her no", "told her [[no]]", N),
], chain=[], also_cites=[])

# 9
annotate(E, "ffn-test-943", [
    ("[[PEOPLE]] can exclusively", "can exclusively announce", "the pair are engaged", O),
    ("[[Scott]], 38, tells", "tells", "I’ve never met another woman ~~ with her forever", I),
    ("[[he]] says", "he [[says]]", "I’ve had to be as stealthy as a ninja to pull this off", N),
    ("[[Scott]] even admitted", "admitted", "he’s been carrying the ring ~~ details accidentally", N),
], chain=["People"], also_cites=[])
save(__file__)
