import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate, save
E = "gossipcop/extra.jsonl"; C = "ood/celebrity_dev.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

annotate(C, "celebrity-167fake", [
    (None, "breakup, [[we’re told]]", "Josh Duhamel was tired ~~ before their breakup", A),
    ("Sources close to the actor", "actor [[tell]] us", "he didn’t want to split with his wife of eight years", A),
    ("pals", "According to", "their marriage broke down ~~ couples’ therapy", A),
    (None, "’ ” [[we’re told]]", "[Fergie] was very focused ~~ her ‘old ways,’", A),
    ("[[Page Six]] reported", "Six [[reported]]", "fans are wondering if Fergie’s ~~ “Love Is Pain.”", O),
    ("[[Fergie]] admitted", "admitted", "There’s a lot of my life, and my vulnerable side.", I),
    ("But [[she]] said", "she [[said]] the songs", "the songs are about many relationships", N),
], chain=[], also_cites=["Page Six"])

annotate(C, "celebrity-064fake", [
    ("According to [[the Inquisitr]]", "[[According to]] the Inquisitr",
     "Madonna says that Guy ~~ uses him as a trophy", O),
    ("Inquisitr, [[Madonna]] says", "Madonna [[says]] that Guy", "Guy Ritchie is trash-talking her to Rocco", N),
    ("that [[Guy Ritchie]] is trash-talking", "is trash-talking", None, N),
    ("but [[Rocco]] insists", "insists", "his mother is controlling and uses him as a trophy", N),
    ("Radar Online", "Online [[is reporting]]", "Madonna is taking her controlling ~~ into military school", O),
    ("a source close to the pop icon", "57, [[told]] Radar", "Madonna is a very good mother, but she's mega controlling", A),
    ("[[a source]] told the publication", "source [[told]] the publication",
     "He's not being dragged around like a dancing puppet [when he's in London]", A),
    ("The judge", "had ruled", "Rocco should be back by Christmas", I),
    ("The judge", "is now insisting", "he is back before school starts in January", I),
    ("The New York Daily News", "has mentioned", "Madonna is a meddling mama, and Rocco is over it", O),
    ("[[A source]] says that life", "source [[says]] that life", "life in London is easier ~~ in his life", A),
    ("the source", "[[says]] the source", "(Madonna) is impossible ~~ going away to school", A),
    ("[[She]] tells him", "She [[tells]] him", "he's going away to school", N, "confirms"),
], chain=["RadarOnline"], also_cites=["Inquisitr", "New York Daily News"])

annotate(C, "celebrity-148fake", [
    ("The National ENQUIRER", "has learned", "In a slap in the face ~~ plastic surgery clinic", O),
    ("Jill Farrell of Judicial Watch", "fumed", "It’s appalling!", N),
    ("a source", "source [[told]] The ENQUIRER", "Michelle was whisked ~~ summer of 2011", A),
    ("the source", "source [[added]]", "When elective surgery is done ~~ satisfy her vanity!", A),
    ("[[The ENQUIRER]] has also learned", "has also learned", "Michelle, 51, has likely ~~ military facilities", O),
    ("[[each]] agreed", "agreed", "the mother of two has undergone ~~ plus a nose job", A),
    ("Dr. Lyle Back", "theorized", "A little Botox helps ~~ during the last campaign", N),
    ("Dr. Otto Placik", "Placik [[said]]", "Michelle now has fewer ~~ Hollywood-ready smile", N),
    ("[[He]] added:", "He [[added]]:", "Her lips are fuller ~~ almost completely gone.", N),
    ("Respected plastic surgeon Dr. Steven Dayan", "Dayan [[added]]", "She has a decrease in the height ~~ and smile lines.", N),
    ("[[Jill]], who charged", "charged", "Michelle Obama is taking up ~~ a crying shame!", N),
], chain=["National Enquirer"], also_cites=[])

annotate(C, "celebrity-205fake", [
    ("doctors", "doctors [[say]]", "it appears that Ben Affleck his face freshened up", A),
    ("a pal", "pal [[tells]]", "Ben is obsessed about growing old", A),
    ("another pal", "adds", "Ben had the heavy beard so conceal any plastic surgery", A),
    ("she and Affleck", "announced", "they were divorcing", N),
], chain=["Naughty Gossip"], also_cites=[])

annotate(C, "celebrity-042fake", [
    ("[[Justin]] definitely needs", "slamming", "awards shows as fake and hollow", N),
    ("The singer", "posts, [[wrote]],", "These are the nights I live for.", S),
    ("[[Justin]] posted a selfie", "Justin [[posted]]", None, S),
    ("the singer", "blast [[telling]]", "just because you buy a CD ~~ he's your bestie", N),
    ("Next [[Justin]] kind", "Awards [[saying]]", "all these awards shows ~~ and meaningless", N),
    ("[[Justin]] profusely", "profusely thanked", None, N),
    ("[[Justin]] used Instagram", "used Instagram to express himself", None, S),
], chain=[], also_cites=[])

save(__file__)
