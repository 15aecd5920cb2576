import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate
E = "gossipcop/extra.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

annotate(E, "ffn-valid-922", [
    ("The Keeping Up With the Kardashians star", "announced", None, S),
], [])
annotate(E, "maj--5358942275", [
    ("“[[sources]]”", "claimed", "they signed off on ~~ rough patch in the marriage", A),
], [])
annotate(E, "maj--9839314781", [
    ("Judiciary spokesman Mlenga Mvula", "has now confirmed", "Madonna had been granted ~~ Justice Fiona Mwale", R),
], [])
annotate(E, "maj--945955", [
    ("The Broward County Sheriff's Office", "Office [[said]]", "20-year-old Trayvon Newsome ~~ around 5 p.m", R),
    ("Officials", "have said", "a struggle ensued ~~ multiple times", R),
], [])
annotate(E, "maj--7591287911", [
    ("[[she]] explained", "she [[explained]]", "The divorce lawyer is my friend ~~ It's crazy!", I),
    ("[[Teresa]] continued", "Teresa [[continued]]", "I was with my father and four daughters", N),
    ("[[Teresa]] said", "Teresa [[said]]", "she tries her best ~~ attention to it", N),
    ("the Standing Strong author", "author [[explained]]", "I guess I've been doing it ~~ I don't read it", N),
], ["E! News"])
annotate(E, "maj--928957", [
    ("his spokeswoman", "spokeswoman [[said]]", "Actor Michael J. Fox is recovering ~~ the outlook is good", R),
    ("his rep, Leslie Sloane", "Sloane, [[said]]", "Michael J. Fox recently underwent ~~ unrelated to his Parkinson's", R),
    ("a Calgary Expo tweet", "tweet [[said]]", "the popular actor, 56, canceled ~~ \"unforeseen circumstances", S),
], [])
annotate(E, "maj--907356", [
    ("Gymnast McKayla Maroney", "Maroney [[said]]", "Larry Nassar’s abuse ~~ 13 or 14 years old", N),
    ("[[she]] wrote in", "she [[wrote]]", "As it turns out ~~ End of story!", I),
    ("[[Maroney]] wrote.", "Maroney [[wrote]].", "He abused my trust ~~ may never go away", I),
    ("several prominent USA Gymnastics stars", "have said", "Nassar, the former ~~ providing medical treatment", A),
], [])
