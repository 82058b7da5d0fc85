using Dossier.Core.Analysis.Language;

namespace Dossier.Core.Tests.Analysis;

public sealed class LanguageDetectorTests
{
    // Sentences written for these tests: ordinary news prose, two sentences each.
    [Theory]
    [InlineData("en", "The union said on Monday that the workers would return to the port if the company agreed to the new terms. Ships have been waiting outside the harbour for three days.")]
    [InlineData("fr", "Le syndicat a annoncé lundi que les ouvriers reprendraient le travail si la société acceptait les nouvelles conditions. Les navires attendent depuis trois jours devant le port.")]
    [InlineData("de", "Die Gewerkschaft teilte am Montag mit, dass die Arbeiter in den Hafen zurückkehren, wenn das Unternehmen den neuen Bedingungen zustimmt. Die Schiffe warten seit drei Tagen vor dem Hafen.")]
    [InlineData("es", "El sindicato dijo el lunes que los trabajadores volverán al puerto si la empresa acepta las nuevas condiciones. Los barcos llevan tres días esperando fuera del puerto.")]
    [InlineData("pt", "O sindicato disse na segunda-feira que os trabalhadores voltarão ao porto se a empresa aceitar as novas condições. Os navios estão à espera há três dias fora do porto.")]
    [InlineData("it", "Il sindacato ha detto lunedì che i lavoratori torneranno al porto se la società accetta le nuove condizioni. Le navi sono in attesa da tre giorni fuori dal porto.")]
    [InlineData("nl", "De vakbond zei maandag dat de arbeiders naar de haven terugkeren als het bedrijf met de nieuwe voorwaarden instemt. De schepen wachten al drie dagen voor de haven.")]
    [InlineData("sv", "Facket sade på måndagen att arbetarna kommer att återvända till hamnen om företaget går med på de nya villkoren. Fartygen har väntat utanför hamnen i tre dagar och det är inte över.")]
    [InlineData("da", "Fagforeningen sagde mandag, at arbejderne vil vende tilbage til havnen, hvis selskabet går med til de nye vilkår. Skibene har ventet uden for havnen i tre dage, og det er ikke slut efter weekenden.")]
    [InlineData("no", "Fagforeningen sa mandag at arbeiderne vil komme tilbake til havnen hvis selskapet går med på de nye vilkårene. Skipene har ventet utenfor havnen i tre dager, og det er ikke over etter helgen.")]
    [InlineData("pl", "Związek zawodowy poinformował w poniedziałek, że pracownicy wrócą do portu, jeśli firma przyjmie nowe warunki. Statki czekają przed portem już od trzech dni i nie jest to koniec.")]
    [InlineData("cs", "Odbory v pondělí uvedly, že se dělníci vrátí do přístavu, pokud společnost přijme nové podmínky. Lodě čekají před přístavem už tři dny a podle přístavu je to jen začátek.")]
    [InlineData("tr", "Sendika pazartesi günü yaptığı açıklamada, şirket yeni şartları kabul ederse işçilerin limana döneceğini söyledi. Gemiler üç gündür limanın dışında bekliyor ve bu durum çok daha uzun sürebilir.")]
    [InlineData("ro", "Sindicatul a spus luni că muncitorii se vor întoarce în port dacă firma acceptă noile condiții. Navele așteaptă de trei zile în afara portului și nu este clar când se va termina.")]
    [InlineData("fi", "Ammattiliitto sanoi maanantaina, että työntekijät palaavat satamaan, jos yhtiö hyväksyy uudet ehdot. Laivat ovat odottaneet sataman ulkopuolella jo kolme päivää, ja se on myös kallista.")]
    [InlineData("ru", "Профсоюз заявил в понедельник, что рабочие вернутся в порт, если компания примет новые условия. Суда уже три дня ждут у входа в порт, и это только начало.")]
    [InlineData("uk", "Профспілка заявила в понеділок, що робітники повернуться до порту, якщо компанія прийме нові умови. Судна вже три дні чекають біля входу в порт, і це тільки початок.")]
    [InlineData("zh", "工会周一表示，如果公司接受新的条件，工人将返回港口。船只已经在港口外等待了三天。")]
    [InlineData("ja", "労働組合は月曜日、会社が新しい条件を受け入れれば、労働者は港に戻ると述べた。船は三日間港の外で待っている。")]
    [InlineData("ko", "노동조합은 월요일 회사가 새로운 조건을 받아들이면 노동자들이 항구로 돌아갈 것이라고 말했다. 배들은 사흘째 항구 밖에서 기다리고 있다.")]
    [InlineData("el", "Το συνδικάτο δήλωσε τη Δευτέρα ότι οι εργάτες θα επιστρέψουν στο λιμάνι αν η εταιρεία δεχτεί τους νέους όρους.")]
    [InlineData("ar", "قالت النقابة يوم الاثنين إن العمال سيعودون إلى الميناء إذا وافقت الشركة على الشروط الجديدة.")]
    [InlineData("he", "האיגוד אמר ביום שני כי העובדים יחזרו לנמל אם החברה תסכים לתנאים החדשים.")]
    public void Detects_the_language_of_a_news_sentence(string expected, string text)
    {
        var guess = LanguageDetector.Detect(text);

        Assert.NotNull(guess);
        Assert.Equal(expected, guess.Value.Tag);
        Assert.True(guess.Value.Confidence >= 0.5, $"confidence {guess.Value.Confidence} for {expected}");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("OK")]
    [InlineData("12,345.67 — 89%")]
    public void Too_little_text_gives_no_guess(string text) => Assert.Null(LanguageDetector.Detect(text));

    [Fact]
    public void A_few_words_give_a_low_confidence()
    {
        var guess = LanguageDetector.Detect("Harbor strike ends in the north");

        Assert.NotNull(guess);
        Assert.Equal("en", guess.Value.Tag);
        Assert.True(guess.Value.Confidence < 0.5);
    }

    [Fact]
    public void A_chinese_page_quoting_some_english_is_chinese()
    {
        var guess = LanguageDetector.Detect("港口工人周一开始罢工，航运公司表示船只将在港外等待三天。 The Harbor Ledger reported that the talks would resume.");

        Assert.Equal("zh", guess!.Value.Tag);
    }
}
