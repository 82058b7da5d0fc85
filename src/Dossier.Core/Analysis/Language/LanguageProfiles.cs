namespace Dossier.Core.Analysis.Language;

/// <summary>
/// The most frequent function words of each language the detector tells apart by vocabulary: articles, pronouns,
/// prepositions, conjunctions and auxiliaries, which make up a third or more of any running text whatever its topic.
/// The lists were written for Dossier from the grammar of each language, not taken from a corpus or another
/// project. A word shared by several languages ("de", "in", "a") counts for each of them with a smaller weight.
/// </summary>
internal static class LanguageProfiles
{
    public static readonly (string Tag, string Words)[] Latin =
    [
        ("en", "the of and to in a is that for it on was with as be by at he his this are from have has had not but they an which or were their been its will would who she her we you all more also said there than can about after when into out up new so what if no these"),
        ("fr", "le la les de des du un une et est en que qui dans pour pas sur au aux ce cette il elle ils elles sont avec plus par ne se son sa ses mais ou été être nous vous leur leurs comme tout fait aussi très on lui dont sans entre après avait était"),
        ("de", "der die das und ist nicht zu den von mit sich des auf für im dem ein eine einer eines einem auch es an als wie bei nach aus hat wird sind noch nur oder aber vor zur zum bis über sie wir ich werden wurde wurden dass sein kann hatte man diese schon"),
        ("es", "el la los las de del y en que un una es por con para se no al lo como más pero sus su le ha fue son este esta entre también sobre cuando muy sin hasta desde donde han porque ya era está están hay ser tiene otro"),
        ("pt", "o a os as de do da dos das e em um uma é que para com não por se no na nos nas ao mais como mas foi ser são seu sua também pelo pela já muito entre quando sobre até isso ele ela há está foram tem seus suas"),
        ("it", "il lo la i gli le di del della dei delle e è che un una per con non in nel nella sono si da al alla come più ma anche se questo questa ha ho era essere suo sua ancora dopo tra sul sulla degli stato stata hanno"),
        ("nl", "de het een en van in is dat op te zijn voor met niet aan er die ook als maar om bij door naar dan wordt nog worden uit over tot ze hij zij wel heeft hebben was werd deze kan geen haar hun"),
        ("sv", "och att det som en på är av för med till den har de inte om ett var jag men så kan ska nu från eller efter när också sin han hon vi man under vid mot hade blev skulle sina detta"),
        ("da", "og at det som en på er af for med til den har de ikke om et var jeg men så kan skal nu fra eller efter når også sin han hun vi man blev havde meget være nogle hvad mig sig uden sagde"),
        ("no", "og at det som en på er av for med til den har de ikke om et var jeg men så kan skal nå fra eller etter når også sin han hun vi man ble hadde mye være noen hva meg seg uten sa"),
        ("pl", "i w na się z nie do jest że to o jak ale po co tak za od przez jego który która które jej są być dla oraz tylko już może został była było jednak także ich tym czy we ze"),
        ("cs", "a se na je že v to s z do o jako ale by pro jsou který která které také jeho podle byl bylo byla jsem už však či při jen když nebo jejich tak po od za ve ze jsme"),
        ("tr", "ve bir bu da de için ile olarak çok daha en gibi ne o kadar ama sonra olan var yok değil ise her şey mi mı ancak ya veya tarafından göre yeni büyük oldu olduğu bu bir"),
        ("ro", "și în de la a cu pe care este nu o un ce mai să din pentru sunt fost sau dar cel cea ca după prin au fi lui ei acest această când foarte unei unui"),
        ("fi", "ja on ei se että oli hän myös kun ovat mutta tai niin kuin jo sen tämä joka ole olla vain nyt mukaan sekä hänen mitä jos vielä siitä ovat olivat"),
        ("hu", "a az és hogy nem is egy van volt meg de ez csak már mint el még azt vagy ki mi be fel után lesz most kell pedig sem nagyon voltak"),
        ("id", "yang dan di ini itu dengan untuk dari dalam tidak akan pada ke juga ada adalah oleh karena saya kami mereka sudah bisa atau lebih telah hanya"),
    ];

    public static readonly (string Tag, string Words)[] Cyrillic =
    [
        ("ru", "и в не на что с по как это он она они к из у за от для но же то так все было был была были его ее её мы вы я бы уже или также только о при"),
        ("uk", "і в не на що з по як це він вона вони до із у за від для але же та так все було був була були його її ми ви я б вже або також тільки й при"),
    ];
}
