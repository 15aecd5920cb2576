import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate, save
E = "gossipcop/extra.jsonl"; C = "ood/celebrity_dev.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

# #20 Katie Holmes' 2004 Seventeen interview about Tom Cruise
annotate(E, "maj--953757", [
    ("2004: [[Katie Holmes]] told", "Katie Holmes [[told]]", "her crush on Tom Cruise", I, "confirms"),
    ("[[Holmes]] told a reporter", "Holmes [[told]] a reporter", "I used to think that I was going to marry Tom Cruise", I, "confirms"),
    ("a reporter for Seventeen magazine", "later [[wrote]]", "the interview and its possible significance", A),
], chain=[], also_cites=["Seventeen", "HuffPost"])

# #21 THR: no female directors in Golden Globes nominations
annotate(E, "maj--904799", [
    ("presenter Natalie Portman", "criticized", "the lack of female nominees", I),
    ("[[Portman]] went off script", "stated", "And here are all the male nominees.", N),
], chain=[], also_cites=[])

# #22 HollywoodLife: Selena Gomez's puppy helps her heal (expert)
annotate(C, "celebrity-173fake", [
    ("an expert", "expert [[revealed]]", "Selena Gomez’s pooch is making ~~ after her kidney transplant", A),
    ("Certified Dog Trainer, Elisha Stynchula", "Stynchula [[shared]]", "They’re super smart ~~ they cuddle very well", I),
    ("[[she]] revealed about", "she [[revealed]] about", "The Cavalier King Charles Spaniel is bred to be a companion", N),
    ("The “Fetish” singer", "admitting", "she received a kidney ~~ why she was MIA", N),
    ("[[He]] even shared", "even [[shared]]", None, S),
    ("[[He]] even shared", "joked", "not the kicks fam.", S),
], chain=[], also_cites=[])

# #23 Life & Style: Caitlyn Jenner / O.J. Simpson TV reunion
annotate(C, "celebrity-121fake", [
    ("Life & Style", "has exclusively learned", "TV producers have come up ~~ televised reunion", O),
    ("show, [[a source]] says", "show, a source [[says]]", "Robert. [[O.J. should be interested in the show]]", A),
    ("show,” [[the source]] says", "show,” the source [[says]]", "producers are hoping ~~ interview-type show", A),
    ("says [[the source]], “it", "[[says]] the source, “it", "If they do it right ~~ it would be fascinating.", A),
    ("says [[a source]], “putting", "[[says]] a source, “putting", "Love them or hate them ~~ must-see TV.", A),
], chain=["Life & Style"], also_cites=[])

# #24 RadarOnline: Ellen vs Charlize over Portia
annotate(C, "celebrity-174fake", [
    (("RadarOnline.com", 1), "can reveal", "talk show queen DeGeneres, 59 ~~ Arrested Development", O),
    ("A source", "source [[revealed]]", "Ellen knows Charlize and ~~ scenes together this season.", A),
    (("RadarOnline.com", 2), "RadarOnline.com [[revealed]]", "DeGeneres and her wife got involved ~~ over the summer", O),
], chain=["RadarOnline"], also_cites=[])

save(__file__)
