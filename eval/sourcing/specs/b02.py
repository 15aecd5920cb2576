import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate
E = "gossipcop/extra.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

annotate(E, "maj--1066426271", [
    ("Life and Style Magazine", "according to", "American singer and actress Jennifer Lopez ~~ (41)", O),
    ("A source from the magazine", "revealed", "the couple had decided ~~ a great match", A),
    ("the insider", "added", "Lopez and Rodriguez are discussing ~~ for the kid", A),
], ["Life & Style"])
annotate(E, "maj--8559857759", [
    ("a source", "source [[tells]]", "Jennifer has a history ~~ they do have chemistry", A),
    ("our insider", "adds", "That’s why she picked him for her show, she clicked with him", A),
], ["HollywoodLife"])
annotate(E, "maj--8886918041", [
    ("A source", "A source [[confirms]]", "Pitt was in Cambodia ~~ shoot schedule", A),
    ("A second source", "A second source [[shares]]", "the former couple's six children ~~ Cambodia's sights", A),
    ("the second source", "the second source [[shares]]", "All through production ~~ with the kids", A),
], ["E! News"])
annotate(E, "maj--774156320", [
    ("a source", "tells", "Shiloh has been spending ~~ special bond now", A),
], ["New Idea"])
annotate(E, "maj--4963306668", [
    ("a source close to Kaling", "According to", "the pregnancy was \"an unexpected surprise", A),
], [])
annotate(E, "maj--9843277966", [
    ("sources", "reveal", "Katie Holmes and Jamie Foxx, ~~ get married", A),
    ("an insider", "explained", "They had some struggles after they decided to go public", A),
    ("the insider", "according to", "after Jamie has done ~~ say “I Do!", A),
], ["OK!"])
annotate(E, "maj--795432890", [
    ("a source", "told", "Brad and Jennifer have been secretly meeting ~~ another chance", A),
], ["Star"])
annotate(E, "maj--7718099321", [
    ("[[E! News]] confirms", "confirms", "After the Twilight lovebirds ~~ Kristen Stewart", O),
    ("a source", "tells", "Rob is so excited to be back in LA", A),
], ["E! News"])
