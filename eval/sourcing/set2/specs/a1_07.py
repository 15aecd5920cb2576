import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate, save
E = "gossipcop/extra.jsonl"; C = "ood/celebrity_dev.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

annotate(C, "celebrity-148legit", [
    ((", [[Mrs. Obama]], who", 1), "lifestyles, [[said]]", "it’s possible she would consider plastic surgery or Botox at some point", I, "confirms"),
    ("” [[Mrs. Obama]] said", "” Mrs. Obama [[said]]", "Women should have the freedom ~~ feel good about themselves", N),
    ("The first lady", "lady [[said]]", "she never misses a regular checkup ~~ age 50 and beyond", N),
    ("” [[Mrs. Obama]] told", "told", "I don’t obsess about what I eat, but I do make sure that I’m eating vegetables and fruit", I),
], chain=[], also_cites=["People"])

annotate(C, "celebrity-077legit", [
    ("but [[Amal]] has been", "describes", "'[[lawyer, activist and author.]]'", N),
    ("that [[she]] recently had", "stating", "I am honoured... ~~ accept this role.", N),
], chain=[], also_cites=[])

annotate(C, "celebrity-249legit", [
    ("the “Live” co-host", "expressed", "how much he enjoyed a subway singer ~~ everyday New Yorkers", N, "confirms"),
    ("footage [[he]] shared", "shared", None, S),
    ("[[he]] wrote", "wrote", "Sometimes the best shows in ny are on the subway.", S, "confirms"),
    ("The former “American Idol” host", "also said", "the singer was “the man,”", N),
    ("The former “American Idol” host", "noting", "he needed to reach into his pocket and give the entertainer some money", N),
], chain=[], also_cites=[])

annotate(C, "celebrity-147legit", [
    ("a smiling and blushing Michelle", "Michelle [[said]]", "I better get home!", N),
    (") [[He]] apologized", "apologized", 'having to "crash this party,"', N),
    (") [[He]] apologized", "letting his wife know", "what she means to him", N),
    ("person you are,'' [[he]] said", "person you are,'' he [[said]]", "Now, the idea that you would ~~ patient person you are", N),
    ("[[Michelle]] had posted", "had posted", None, S),
    ("'' [[he]] continued", "continued", "Your strength, your grace ~~ around you is remarkable", N),
    ("finally gave in,'' [[he]] said", "finally gave in,'' he [[said]]", "It is truly the best decision ~~ finally gave in", N),
], chain=[], also_cites=[])

annotate(C, "celebrity-155legit", [
    ("[[Betty]] told", "Betty [[told]]", "I can't tell you what this means", N),
    ("[[Betty]] told", "discussing", "her career that started in 1949", N),
], chain=[], also_cites=[])

save(__file__)
