import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate, save
E = "gossipcop/extra.jsonl"; C = "ood/celebrity_dev.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

# 20  (fictional dialogue from a TV clip)
annotate(E, "ffn-test-607", [
    ("[[Kyle]] recounts", "recounts", "the moments after Lisbeth ~~ (Michael Vartan)", I),
    ("[[Terence]] says", "Terence [[says]]", "Hey man", N),
    ("[[Kyle]] snaps back", "snaps back", "You shouldn’t be here", N),
    ("[[Kyle]] yells", "yells", ("I should’ve never told her. ~~ a piece of s–t!", 1), N),
], chain=[], also_cites=[])

# 21
annotate(C, "celebrity-137fake", [
    ("In September, [[Miley Cyrus]] told", "Cyrus [[told]] The Sun", "she and her fiancé Liam Hemsworth had no wedding plans anytime soon", I),
    ("[[she]] told The Sun", "she [[told]] The Sun", "I don’t envision marriage", I),
    ("Her mother Tish Cyrus", "made the same point", None, N, "denies"),
    ("Australia’s NW Magazine", "rumor [[from]] Australia", None, O),
    ("The Sun and The Daily Mail", "([[via]] The Sun", None, O),
    ("[[A source]] told the outlet", "source [[told]] the outlet", "six months ago, way back ~~ the only ones who know", A),
    (None, "I'm told", "only a handful of people ~~ the only ones who know", A),
    ("[[People]] reports", "People [[reports]]", "these are just promise rings", O),
    ("[[a source]] told E!", "source [[told]] E!", "He [Liam] wears that ring ~~ not officially married", A),
    ("[[Hemsworth]] also publicly denied", "publicly denied", "being engaged to Cyrus", N),
], chain=["The Sun", "Daily Mail", "NW"], also_cites=["People", "E! News"])

# 22
annotate(C, "celebrity-152fake", [
    ("learn that [[Taylor Swift]], 27", "dropped some bars", "about [[their relationship]] on her", I),
    ("The singer", "singer [[referenced]]", "referenced [[her ex]] on", I),
    ("a source close to the actor", "actor [[tells]]", "Tom was not expecting to be a part of Taylor’s album", A, "confirms"),
    ("our insider", "insider [[says]]", "He thought they were on good terms", A),
    ("our insider", "adding", "After their break-up, he ~~ going to get spared", A),
    ("and [[he]] always said no", "he always [[said]] no", "always said [[no]]. But", N),
    ("everyone", "everyone[[’s saying]]", "saying [[she did]] and", A),
    ("where [[she]] sings about a “narcissist”", "she [[sings about]] a “narcissist”", "a “narcissist” who “talks sh-t", I),
    ("[[Tay]] sings about a “playboy”", "Tay [[sings about]] a “playboy”", "a “playboy” who she flew ~~ broke up with him", I),
    ("[[the song]] references", "song [[references]] to", "to this man spending all of her money", I),
    ("This track", "track [[references]] both", "both Tom and Calvin Harris", I),
    ("[[Taylor]] sings about wanting", "Taylor [[sings about]]", "wanting to get out of one relationship ~~ have a “reason", I),
    ("[[Tay]] points out", "points out", "the new relationship didn’t work out ~~ in the first place", I),
], chain=[], also_cites=[])

# 23
annotate(C, "celebrity-167fake", [
    (None, "partying” before their breakup, [[we’re told]]", "Josh Duhamel was tired ~~ before their breakup", A),
    ("Sources close to the actor", "actor [[tell]] us", "he didn’t want to split with his wife of eight years", A),
    ("pals", "According to", "their marriage broke down ~~ couples’ therapy", A),
    (None, "” [[we’re told]]", "[Fergie] was very focused ~~ her ‘old ways", A),
    ("[[Page Six]] reported", "Six [[reported]]", "fans are wondering ~~ “Love Is Pain", O),
    ("[[Fergie]] admitted", "admitted", "There’s a lot of my life, and my vulnerable side", I),
    ("But [[she]] said", "she [[said]] the songs", "the songs are about many relationships", N),
], chain=[], also_cites=["Page Six"])

# 24
annotate(C, "celebrity-064fake", [
    ("the Inquisitr", "According to", "Madonna says that Guy ~~ him as a trophy", O),
    ("Inquisitr, [[Madonna]] says", "Madonna [[says]] that", "Guy Ritchie is trash-talking her to Rocco", N),
    ("that [[Guy Ritchie]] is trash", "is trash-talking", None, N),
    ("but [[Rocco]] insists", "insists", "his mother is controlling and uses him as a trophy", N),
    ("Radar Online", "is reporting", "Madonna is taking her controlling manner ~~ into military school", O),
    ("a source close to the pop icon", "57, [[told]] Radar", "Madonna is a very good mother, but she's mega controlling", A),
    ("[[a source]] told the publication", "source [[told]] the publication", "He's not being dragged ~~ [when he's in London]", A),
    ("The judge", "had ruled", "Rocco should be back by Christmas", I),
    ("The judge", "is now insisting", "he is back before school starts in January", I),
    ("The New York Daily News", "has mentioned", "Madonna is a meddling mama, and Rocco is over it", O),
    ("[[A source]] says that life", "source [[says]] that life", "life in London is easier ~~ in his life", A),
    ("says [[the source]]", "[[says]] the source", "(Madonna) is impossible ~~ going away to school", A),
    ("[[She]] tells him he's", "She [[tells]] him he's", "he's going away to school", N, "confirms"),
], chain=["RadarOnline"], also_cites=["The Inquisitr", "New York Daily News"])
save(__file__)
