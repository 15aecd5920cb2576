import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from tool import annotate, save
E = "gossipcop/extra.jsonl"; C = "ood/celebrity_dev.jsonl"
N, A, O, S, R, I = "named_person", "anonymous", "outlet", "social_media", "representative", "interview_or_document"

annotate(E, "maj--955438", [
    ("[[Jonas and Chopra]] have", "have only just divulged", "the details of how they got together ~~ got engaged", N),
    ("Vogue, [[Jonas]] explained", "Jonas [[explained]] that he proposed", "he proposed to Chopra ~~ after meeting", I),
    ("where [[Jonas]] apparently", "one knee and [[said]]:", "You’re real. ~~ all my life?", N),
    ("[[The singer]] explains", "The singer [[explains]]", "the couple then texted ~~ not as a couple", N),
    ("and [[Jonas]] called", "to inform", "he was going to propose", N),
    ("[[Jonas]] explained that he waited", "Jonas [[explained]] that he waited", "he waited until midnight ~~ birthday celebrations", N),
    ("and [[I]] said: 'Will", "I [[said]]: 'Will", "Will you make me the happiest man in the world and marry me?", N),
    ("[[He]] then said", "He then [[said]]", "I’m going to put this ring ~~ any objections.", N),
], chain=[], also_cites=["Vogue"])

annotate(C, "celebrity-177fake", [
    ("host Erin Andrews", "[[according to]] host Erin Andrews", "[[Personal problems]], according", N),
    ("[[she]] said during the show", "she [[said]] during the show", "Maks is dealing ~~ with Vanessa tonight,", I),
    ("E! News", "has learned", "there's something else going on here", O),
    ("[[a source]], Maks", "[[According to]] a source", "Maks was completely fine ~~ not getting along", A),
    ("Our source", "Our source [[said]]", "both have stubborn ~~ leading to the friction", A),
    (None, "We're told", "they're having a hard time ~~ working together", A),
], chain=[], also_cites=[])

annotate(C, "celebrity-021fake", [
    ("OK! Magazine", "OK! Magazine [[is reporting]]", "the \"Wildest Dreams\" singer has been ~~ Sunday in the Park With George", O),
    ("The tabloid", "The tabloid [[is reporting]]", "a source is saying that Taylor ~~ back in 2010", O),
    ("[[a source]] is saying", "is saying", "Taylor is the one reaching out ~~ back in 2010", A),
    ("[[The source]] said", "The source [[said]]", "Taylor was so young ~~ where things go.", A),
    ("An unidentified source", "source [[told]] Star", "He said he owed Taylor ~~ ever since.", A),
    ("\"[[He]] said he owed", "\"He [[said]] he owed", "He said [[he owed Taylor an apology for how things ended between them]]", N),
    ("her ex's friend", "friend [[asked]] her", "if they were giving their relationship a second chance", A),
    ("This guy", "starts talking about", "how he's heard we're going to get back together", A),
    ("So [[I]] start telling", "start telling", "the story: break up ~~ the worst!", N),
    ("songwriting partner Max Martin", "Martin) [[said]]", "This is what we're writing,", N),
    ("[[she]] once revealed", "once revealed", "This guy walks in ~~ 'This is what we're writing,'", I),
    ("The lyrics in the track", "The lyrics in the track [[said]]", "I'm really gonna miss you ~~ much cooler than mine.", I),
    ("a source close to them", "them [[told]] Gossip Cop", "there was \"no truth\" to the report", A, "denies"),
], chain=["OK!"], also_cites=["Star", "Gossip Cop"])

annotate(C, "celebrity-249fake", [
    ("a new report from Radar Online", "Online [[claims]]", "Seacrest — who had previously ~~ on the East Coast", O),
    ("[[a source]] told the popular", "source [[told]] the popular", "Ryan is miserable. ~~ his beloved LA,", A),
    (("sources", 1), ("sources [[have said]]", 1), "they are at each other’s throats ~~ cameras stop rolling", A),
    ("the Inquisitr", "previously reported", "ratings on Live! ~~ the new co-host", O),
    (("sources", 2), ("sources [[have said]]", 2), "Seacrest wasn’t Ripa’s first choice ~~ her second choice", A),
], chain=["RadarOnline"], also_cites=["Inquisitr"])

annotate(C, "celebrity-050fake", [
    ("a new report", "[[according to]] a new report", "he's not real her father", O),
    ("a cover story in Star magazine", "[[According to]] a cover story", "Kim froze her eggs in 2012 ~~ got with Kanye", O),
    ("Star's report", "Star's report [[claims]]", "Kanye wasn't as eager about having kids as Kim was", O),
    ("their source", "their source [[said]]", "When Kanye refused to back down ~~ embryos implanted,", A),
    ("the magazine", "the magazine [[claims]]", "She didn't have time to wait for Kanye,", O),
    ("their story", "[[according to]] their story", "People are speculating that Kim tricked ~~ another man's DNA!", O),
], chain=["Star"], also_cites=[])
save(__file__)
