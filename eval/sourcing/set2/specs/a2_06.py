import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate, save
E = "gossipcop/extra.jsonl"; C = "ood/celebrity_dev.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

annotate(C, "celebrity-136fake", [
    ("HL", "has EXCLUSIVELY learned", "Kanye West, 40, isn’t too happy ~~ “Look What You Made Me Do”", O),
    ("a source close to the rapper", "explains", "He was upset that Taylor exploited Kim’s robbery", A, "confirms"),
    ("[[she]]’s admitted", "she[[’s admitted]]", "the robbery was “meant” to happen to her", N),
    ("[[Kim]] said through", "Kim [[said]] through", "I know this sounds crazy, but I know that was meant to happen to me", I),
    ("robbed, [[she]] said", "robbed, she [[said]]", "she was attacked in her Paris apartment and taken to the bathroom after she was tied up and gagged", N),
    ("robbed, [[she]] described", "described", "the scene as French men rummaging ~~ lavish belongings of hers", N),
], chain=["HollywoodLife"], also_cites=[])

annotate(C, "celebrity-119fake", [
    ("Insiders", "Insiders [[say]]", "Kendall was still dating A$AP Rocky when she started hooking up with Blake", A),
    ("[[one insider]] said", "one insider [[said]]", "He isn’t the type to settle down ~~ playing the field too", A),
    ("[[sources]] say Cameron", "sources [[say]] Cameron", "Cameron was blindsided by the news that Griffin was dating Kendall", A),
    ("sources close to the couple", "According to", "Cameron unexpectedly moved out of the home she previously shared with Griffin this week", A, "confirms"),
    ("many", "are claiming", "Kendall is to blame", A),
    ("[[one insider]] reveals", "one insider [[reveals]]", "Both Brynn and Blake have been ~~ disrupting the kids with a big move", A),
    ("the informant", "adds", "That said, Brynn feels totally betrayed ~~ this whole mess to be over", A),
], chain=[], also_cites=[])

annotate(C, "celebrity-205fake", [
    ("doctors", "doctors [[say]]", "it appears that Ben Affleck his face freshened up", A),
    ("a pal", "a pal [[tells]]", "Ben is obsessed about growing old", A),
    ("another pal", "adds", "Ben had the heavy beard so conceal any plastic surgery", A),
    ("she and Affleck", "announced", "they were divorcing", N),
], chain=["Naughty Gossip"], also_cites=[])

annotate(C, "celebrity-212fake", [
    ("Eyewitnesses", "Eyewitnesses [[say]]", "Kris took Mason and Penelope along with Kim Kardashian’s daughter North West out for frozen yogurt", A),
    ("a lot of people", "are pointing out", "both Kourtney and Scott are acting like children themselves", A),
], chain=[], also_cites=[])

annotate(C, "celebrity-137legit", [
    ("[[sources]] told", "sources [[told]]", "the ring was worn as a \"'promise' to Miley", A),
    ("Glamour", "[[according to]] Glamour", "She was spotted with a second ring on the finger in October", O),
    ("[[Cyrus]] has spoken", "has spoken about", "her views on marriage", N),
    ("The Daily Mail", "according to a report from", "Cyrus said she wants to wait a bit before getting married", O),
    ("[[Cyrus]] said she wants", "Cyrus [[said]] she wants", "she wants to wait a bit before getting married", I, "denies"),
    ("little bit more,\" [[she]] said", "little bit more,\" she [[said]]", "I don't envision marriage. ~~ live a little bit more", N, "denies"),
], chain=[], also_cites=["E! News", "Glamour", "The Sun on Sunday", "Daily Mail"])

save(__file__)
