import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate, save
E = "gossipcop/extra.jsonl"; C = "ood/celebrity_dev.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

annotate(E, "maj--3529226336", [
    ("[[Paris Jackson]] took", "took to Instagram recently to share", None, S),
    ("[[Paris]] tweeted", "Paris [[tweeted]]", None, S),
    ("[[Paris]] tweeted", "clarifying", "she wasn’t playing strip poker", S, "denies"),
    ("[[She]] does, however", "confirm", "she is naked in the picture", N),
], chain=[], also_cites=[])

annotate(E, "maj--2247616847", [
    ("US magazine Star", "is reporting", "Brad Pitt is moving forward ~~ Kate Hudson", O),
    ("Star’s source", "[[says]] Star’s source", "They’ve been secretly ~~ two months ago,", A),
    ("funhouse,” [[the source]] says", "funhouse,” the source [[says]]", "it’s going to be like a funhouse,", A),
    ("Feliz,” [[the source]] says", "Feliz,” the source [[says]]", "There were whispers ~~ in Los Feliz,", A),
    ("Feliz,” [[the source]] says", "[[adding]] that’s a change", "that’s a change of pace ~~ their brood", A),
    ("says [[the source]], adding", "[[says]] the source, adding", "In a way, having Kate ~~ into his life,", A),
    ("says [[the source]], adding", "the source, [[adding]]", "Still, they prefer to spend evenings at Kate’s place.", A),
], chain=["Star"], also_cites=[])

annotate(E, "ffn-valid-985", [
    ("[[the couple]] announced their separation", "couple [[announced]] their separation", "their separation", N),
    ("a source close to the star", "star [[told]] Heat", "Apple is really into ~~ chief wedding planner,", A),
    ("Sunday brunch #modernfamily A post shared by [[Gwyneth Paltrow]]", "#modernfamily [[A post shared by]]", "Sunday brunch #modernfamily", S),
    ("The actress and Falchuk", "Falchuk, a TV writer and producer who co-created Glee, [[announced]]", "their engagement", N),
    ("[[the couple]] shared", "couple [[shared]]", "We feel incredibly lucky ~~ happy relationship,", R),
    ("[[Paltrow]] famously", "famously announced", "she and Martin were \"consciously uncoupling\"", N),
    ("💍 A post shared by [[Gwyneth Paltrow]]", "💍 [[A post shared by]]", "💍", S),
], chain=["Heat"], also_cites=[])

annotate(E, "maj--6096757093", [
    ("a new video by Money", "[[According to]] a new video", "the average woman will spend $43 on a shopping trip for makeup", O),
], chain=["Money"], also_cites=[])

annotate(E, "ffn-valid-1048", [
    ("Saturday, [[Sabo]] told", "Sabo [[told]] THR", "he targeted the music industry ~~ rap and hip hop", I),
    ("[[he]] asked", "he [[asked]]", "How can anyone be upset ~~ to our kids?", N),
], chain=["The Hollywood Reporter"], also_cites=[])
save(__file__)
