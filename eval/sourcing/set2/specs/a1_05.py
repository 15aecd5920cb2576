import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate, save
E = "gossipcop/extra.jsonl"; C = "ood/celebrity_dev.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

annotate(E, "ffn-valid-206", [
    ("Fans", "have been commenting", "how Iza has Gigi’s trademark full lips ~~ halfway down her nose", A),
    ("[[Iza]] confessed", "confessed", "The first time someone mentioned ~~ might be true!", I),
    ("someone", "mentioned", None, S),
    ("[[they]] posted", "posted", "The new curvy Gigi Hadid", S),
    ("[[Iza]] says", "Iza [[says]]", "she can only see it herself when she has her hair tied back in a ponytail", N),
    ("[[She]] said", "She [[said]]", "I think I look more like Bella", N),
], chain=[], also_cites=["Refinery29"])

annotate(E, "ffn-valid-196", [], chain=[], also_cites=[])

annotate(C, "celebrity-047fake", [
    ("the 37-year-old actress", "was gushing over", "how daughterhelped Holmes try new things ~~ All We Had.\"", I),
    ("[[Holmes]] told ET", "Holmes [[told]]", "She gets a special thanks ~~ and better", I),
    ("the former Dawson's Creek actress", "added", "I know myself better because of her, so she'll always get a special thanks", N),
    ("a source", "source [[told]]", "Suri was miserable", A),
    ("[[Radar]] reported", "reported", "Tom even refuses to see his dying mom", O),
], chain=[], also_cites=["ET", "RadarOnline"])

annotate(C, "celebrity-090fake", [
    ("a new report", "According to", "Selena Gomez and her singer boyfriend, who ~~ Tour in August", O),
    ("a source", "source [[told]]", "[Selena Gomez] knows The Weeknd ~~ waiting to get married", A),
    (("Hollywood Life", 1), "via", "[Selena Gomez] knows The Weeknd ~~ April 10 issue", O),
    ("the report", "[[according to]] the report", "Gomez is moving forward full steam ~~ alleged wedding", O),
    ("[[the source]] explained", "explained", "[Selena Gomez] already has a wedding dress in mind", A),
    ("The In Touch Weekly insider", "insider [[claimed]] Selena", "Selena Gomez and The Weeknd had several locations ~~ Florence and Paris", A),
    ("[[they]] confirmed", "they [[confirmed]]", "confirmed [[their relationship]] with", N),
    ("the magazine's insider", "magazine's insider [[claimed]]", "the pair was planning to keep things intimate", A),
    ("[[the source]] shared", "shared", "[Selena Gomez] and The Weeknd plan to only invite family and a few close friends", A),
    ("a second source", "recently spoke out", "spoke out about [[their relationship]]", A),
    ("a second source", "and [[revealed]] that", "they are quite serious about their future", A),
    ("an insider", "insider [[told]]", "It's serious, very serious", A),
    ("\"[[The Weeknd]] has already", "has already told", "he loves her and vice versa", N),
    ("[[the source]] continued", "continued", "Whenever they travel to a new country, he tells her he loves her in that language", A),
    ("[[he]] tells her", "he [[tells]] her", "he loves her in that language", N),
], chain=["HollywoodLife", "In Touch"], also_cites=[])

annotate(C, "celebrity-053fake", [
    ("Radar Online", "According to", "Blake posed for photos ~~ all night", O),
    (None, "have heard", "they are on shaky ground", A),
], chain=["RadarOnline"], also_cites=[])

save(__file__)
