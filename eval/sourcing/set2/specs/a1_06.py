import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate, save
E = "gossipcop/extra.jsonl"; C = "ood/celebrity_dev.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

annotate(C, "celebrity-102fake", [
    ("[[she]] captioned", "captioned", "…Ready For It? ~~ #ReadyForItMusicVideo", S),
    ("[[A source]] exclusively", "exclusively told", "Reputation “chronicles her feuds” ~~ ex Calvin Harris", A),
    ("the insider", "insider [[told]]", "It will be across multiple songs, somewhat cryptically, but also obvious", A),
    ("A second source", "described", "her most experimental work yet in terms of sound", A),
    ("A second source", "adding", "She’s definitely coming for the Grammys", A),
], chain=[], also_cites=["Us Weekly"])

annotate(C, "celebrity-101fake", [
    ("a source close to the Kylie Cosmetics founder", "founder [[tells]]", "Kylie is only trusting her closest friends ~~ until she wants to", A),
    (("multiple sources", 1), ("confirmed", 1), "the 20-year-old reality star is due in February ~~ Tyga\u00a0in April", A),
    ("an insider close to the 25-year-old rapper", "rapper [[tells]]", "Travis is so excited about the baby. ~~ when they do come out", A),
    ("adds [[the insider]]", "adds", "Travis is crazy about Kylie and he feels so lucky to have her and the baby", A),
    ("says [[the source]]", "[[says]] the source", "Her body is changing and she’s very self-conscious about it", A),
    ("[[the source]] shares", "shares", "Kylie and Travis are very happy together", A),
    ("[[a source]] previously", "previously told", "those close to her are thrilled about the couple’s little bun in the oven", A),
    ("a source close to the KUWTK star", "[[said]] a source close", "The family has known for quite some time. ~~ and so is Travis", A),
    ("another insider", "Added", "It is an unexpected but completely amazing ~~ overjoyed for her.", A),
    (("multiple sources", 2), ("confirmed", 2), "Khloé Kardashian and her NBA boyfriend ~~ expecting a baby together", A),
], chain=["People"], also_cites=[])

annotate(C, "celebrity-095fake", [
    ("[[LiLo]]'s suddenly", "telling", "she's gonna bed and wed ~~ Pootie-Tang of Russia!", N, "confirms"),
    ("My Rushin'-To-Tell-Me Spy", "Revealed", "Lindsay got her looney idea ~~ 'J.Lo!'", A),
    ("But [[Putin]] pooh", "pooh- poohed", None, N),
    ("The Russian ruler", "chuckled", "Nyet!", N),
    ("[[Putin]]\u00a0insisted", "Adding", "Lindsay's 'not his type", N),
    ("[[Putin]]\u00a0insisted", "insisted", "he wouldn't mind dropping a ruble ~~ 'J.Lo!'", N),
], chain=[], also_cites=[])

annotate(C, "celebrity-042fake", [
    ("[[Justin]] definitely needs", "slamming", "awards shows as fake and hollow", N),
    ("[[The singer]], who normally", "[[wrote]], \"These", "These are the nights I live for.", S),
    ("[[Justin]] posted a selfie", "posted", None, S),
    ("[[the singer]] went", "telling", "just because you buy a CD ~~ like he's your bestie", N),
    ("Next [[Justin]]", "saying", "all these awards shows are all fake, shallow and meaningless", N),
    ("[[Justin]] profusely", "profusely thanked", None, N),
    ("[[Justin]] used Instagram", "used Instagram to express himself", None, S),
], chain=[], also_cites=[])

annotate(C, "celebrity-166legit", [
    ("Ryan Seacrest", "Seacrest [[brought up]]", "quite a bit of press coverage — some of it factually untrue", I),
    ("via [[E!]]", "via", "Ryan Seacrest brought up in a deleted scene from this past Sunday's KUWTK 10 year special", O),
    ("[[Ryan]] said", "Ryan [[said]]", "A lot of people read the tabloids ~~ pretty darn ridiculous", I),
    ("per [[E!]]", "per", "A lot of people read the tabloids ~~ Ryan said", O),
    ("[[He]] then went", "went on to tell", "they would be shown ~~ whether or not they were true", N),
    ("a headline about Kendall Jenner and Scott Disick", "that [[read]]:", "Kendall: How Scott Seduced Me!", O),
    ("[[Kendall]] responded", "Kendall [[responded]]", "I didn't even know that existed. ~~ Definitely false though.", N, "denies"),
    ("the segment", "went on to address", "some other rumors, such as ~~ Khloé 's ex-husband", R),
    ("and [[Khloé]] responded", "responded by joking", "it was actually her who was with Scott the whole time", N),
], chain=["E! News"], also_cites=[])

save(__file__)
