//! The interface in German, Spanish, French and Arabic: the source the `data/ui/<lang>.json`
//! files are written from (`tests/model_ui_language.rs` keeps them in step). Native tools and
//! tests compile these in; the wasm does not (a reader downloads only the language they see).
//! A phrase a language lacks is `None`, and the interface falls back to English.

use super::i18n::{Key, Lang, Noun, Plural, Template};

/// The phrase for `key` in `lang` (not English).
pub fn text(lang: Lang, key: Key) -> Option<&'static str> {
    match lang {
        Lang::En => None,
        Lang::De => de(key),
        Lang::Es => es(key),
        Lang::Fr => fr(key),
        Lang::Ar => ar(key),
    }
}

/// A sentence template in `lang` (not English).
pub fn template(lang: Lang, t: Template) -> Option<&'static str> {
    use Template::*;
    Some(match (lang, t) {
        (Lang::De, Verdict) => "{score} von {traits}: {role}",
        (Lang::De, Tie) => "Gleichstand, je {score} von {traits}: {roles}",
        (Lang::De, Meter) => "{role}: {score} von {traits}",
        (Lang::De, Shown) => "{shown} von {attributes} angezeigt",
        (Lang::De, And) => " und ",
        (Lang::De, Separator) => ", ",
        (Lang::De, Labelled) => "{label}: {value}",
        (Lang::De, UnknownMode) => {
            "unbekannter Modus „{value}“ (Modi: compare, explore, quiz); „Vergleichen“ wird angezeigt"
        }
        (Lang::De, UnknownTheme) => {
            "unbekanntes Farbschema „{value}“ (Farbschemata: auto, light, dark, contrast); „auto“ wird verwendet"
        }
        (Lang::De, UnknownSetting) => {
            "unbekannter Wert „{value}“ für {name} (Werte: {values}); „{default}“ wird verwendet"
        }
        (Lang::De, UnknownAttribute) => {
            "unbekannter Aspekt „{value}“ wird ignoriert (vorhanden: {known})"
        }
        (Lang::De, Score) => "{right} / {total}",
        (Lang::De, ScoreSentence) => "Ergebnis: {right} von {total}",
        (Lang::De, Progress) => "{answered} von {total} beantwortet",
        (Lang::Es, Verdict) => "{score} de {traits}: {role}",
        (Lang::Es, Tie) => "Empate, {score} de {traits} cada uno: {roles}",
        (Lang::Es, Meter) => "{role}: {score} de {traits}",
        (Lang::Es, Shown) => "Mostrando {shown} de {attributes}",
        // Before a word that starts with the sound /i/, `and_list` writes " e " instead.
        (Lang::Es, And) => " y ",
        (Lang::Es, Separator) => ", ",
        (Lang::Es, Labelled) => "{label}: {value}",
        (Lang::Es, UnknownMode) => {
            "modo desconocido «{value}» (modos: compare, explore, quiz); se muestra la vista Comparar"
        }
        (Lang::Es, UnknownTheme) => {
            "tema desconocido «{value}» (temas: auto, light, dark, contrast); se usa auto"
        }
        (Lang::Es, UnknownSetting) => {
            "valor desconocido «{value}» para {name} (valores: {values}); se usa {default}"
        }
        (Lang::Es, UnknownAttribute) => {
            "aspecto desconocido «{value}» ignorado (aspectos existentes: {known})"
        }
        (Lang::Es, Score) => "{right} / {total}",
        (Lang::Es, ScoreSentence) => "Puntuación: {right} de {total}",
        (Lang::Es, Progress) => "Respondidas: {answered} de {total}",
        // French sets a narrow no-break space (U+202F) before ? : ; and inside « ».
        (Lang::Fr, Verdict) => "{score} sur {traits}\u{202F}: {role}",
        (Lang::Fr, Tie) => "Égalité, {score} sur {traits} chacun\u{202F}: {roles}",
        (Lang::Fr, Meter) => "{role}\u{202F}: {score} sur {traits}",
        (Lang::Fr, Shown) => "Aspects affichés\u{202F}: {shown} sur {total}",
        (Lang::Fr, And) => " et ",
        (Lang::Fr, Separator) => ", ",
        (Lang::Fr, Labelled) => "{label}\u{202F}: {value}",
        (Lang::Fr, UnknownMode) => {
            "mode inconnu «\u{202F}{value}\u{202F}» (modes\u{202F}: compare, explore, quiz)\u{202F}; la vue Comparer s’affiche"
        }
        (Lang::Fr, UnknownTheme) => {
            "thème inconnu «\u{202F}{value}\u{202F}» (thèmes\u{202F}: auto, light, dark, contrast)\u{202F}; le thème auto s’applique"
        }
        (Lang::Fr, UnknownSetting) => {
            "valeur inconnue «\u{202F}{value}\u{202F}» pour {name} (valeurs\u{202F}: {values})\u{202F}; {default} s’applique"
        }
        (Lang::Fr, UnknownAttribute) => {
            "aspect inconnu «\u{202F}{value}\u{202F}» ignoré (aspects connus\u{202F}: {known})"
        }
        (Lang::Fr, Score) => "{right} / {total}",
        (Lang::Fr, ScoreSentence) => "Score\u{202F}: {right} sur {total}",
        (Lang::Fr, Progress) => "Réponses\u{202F}: {answered} sur {total}",
        (Lang::Ar, Verdict) => "{score} من {traits}: {role}",
        (Lang::Ar, Tie) => "تعادل، {score} من {traits} لكل منها: {roles}",
        (Lang::Ar, Meter) => "{role}: {score} من {traits}",
        (Lang::Ar, Shown) => "عرض {shown} من {attributes}",
        (Lang::Ar, And) => " و",
        (Lang::Ar, Separator) => "، ",
        (Lang::Ar, Labelled) => "{label}: {value}",
        (Lang::Ar, UnknownMode) => {
            "وضع غير معروف «{value}» (الأوضاع: compare، explore، quiz)؛ تُعرض المقارنة"
        }
        (Lang::Ar, UnknownTheme) => {
            "مظهر غير معروف «{value}» (المظاهر: auto، light، dark، contrast)؛ يُستخدم المظهر auto"
        }
        (Lang::Ar, UnknownSetting) => {
            "قيمة غير معروفة «{value}» للإعداد {name} (القيم: {values})؛ تُستخدم القيمة {default}"
        }
        (Lang::Ar, UnknownAttribute) => {
            "تم تجاهل جانب غير معروف «{value}» (الجوانب المتاحة: {known})"
        }
        // A phrase, not "7 / 10": right to left, a slash between digits reads backwards.
        (Lang::Ar, Score) => "{right} من {total}",
        (Lang::Ar, ScoreSentence) => "النتيجة: {right} من {total}",
        (Lang::Ar, Progress) => "تمت الإجابة عن {answered} من {total}",
        (Lang::En, _) => return None,
    })
}

/// The form of a counted noun in `lang` (not English), `{n}` standing for the number.
pub fn count_form(lang: Lang, noun: Noun, p: Plural) -> Option<&'static str> {
    Some(match (lang, noun, p) {
        (Lang::De, Noun::Trait, Plural::One) => "{n} Merkmal",
        (Lang::De, Noun::Trait, _) => "{n} Merkmalen",
        (Lang::De, Noun::Attribute, Plural::One) => "{n} Aspekt",
        (Lang::De, Noun::Attribute, _) => "{n} Aspekten",
        (Lang::Es, Noun::Trait, Plural::One) => "{n} rasgo",
        (Lang::Es, Noun::Trait, _) => "{n} rasgos",
        (Lang::Es, Noun::Attribute, Plural::One) => "{n} aspecto",
        (Lang::Es, Noun::Attribute, _) => "{n} aspectos",
        (Lang::Fr, Noun::Trait, Plural::One) => "{n} trait",
        (Lang::Fr, Noun::Trait, _) => "{n} traits",
        (Lang::Fr, Noun::Attribute, Plural::One) => "{n} aspect",
        (Lang::Fr, Noun::Attribute, _) => "{n} aspects",
        // Arabic counts always follow "من" ("of"), so they are in the genitive: the dual is
        // "سمتين", 11–99 take the accusative singular ("جانبًا"), 0 and 100+ the genitive singular.
        (Lang::Ar, Noun::Trait, Plural::One) => "سمة واحدة",
        (Lang::Ar, Noun::Trait, Plural::Two) => "سمتين",
        (Lang::Ar, Noun::Trait, Plural::Few) => "{n} سمات",
        (Lang::Ar, Noun::Trait, _) => "{n} سمة",
        (Lang::Ar, Noun::Attribute, Plural::One) => "جانب واحد",
        (Lang::Ar, Noun::Attribute, Plural::Two) => "جانبين",
        (Lang::Ar, Noun::Attribute, Plural::Few) => "{n} جوانب",
        (Lang::Ar, Noun::Attribute, Plural::Many) => "{n} جانبًا",
        (Lang::Ar, Noun::Attribute, _) => "{n} جانب",
        (Lang::En, _, _) => return None,
    })
}

fn de(key: Key) -> Option<&'static str> {
    Some(match key {
        Key::Compare => "Vergleichen",
        Key::Explore => "Welche Rolle?",
        Key::Views => "Ansichten",
        Key::ShowAttributes => "Aspekte anzeigen",
        Key::All => "Alle",
        Key::None => "Keine",
        Key::Attribute => "Aspekt",
        Key::NoRows => "Keine Aspekte ausgewählt. Wähle oben welche aus oder „Alle“.",
        Key::Shared => "Gemeinsam",
        Key::ExploreHint => "Wähle für jeden Aspekt das passende Merkmal und sieh, zu welcher Rolle deine Auswahl führt.",
        Key::NotPicked => "Nicht gewählt",
        Key::ClearPicks => "Auswahl löschen",
        Key::VerdictHeading => "Deine Auswahl deutet auf",
        Key::NothingPicked => "Noch keine Merkmale gewählt.",
        Key::PickHint => "Wähle ein Merkmal für einen beliebigen Aspekt; jedes zählt für die Rolle, zu der es gehört.",
        Key::TieHint => "Deine Auswahl deutet gleich stark auf mehrere Rollen. Wähle weitere Merkmale, um den Gleichstand aufzulösen.",
        Key::ErrorHeading => "Diese Erklärung konnte nicht geladen werden",
        Key::ErrorHint => "Der Datensatz hat Fehler. Jede Zeile nennt die Stelle und das Problem:",
        Key::SettingsIgnored => "Ignorierte Einstellungen",
        Key::Source => "Quelle",
        Key::FromSection => "Abschnitt",
        Key::Quiz => "Quiz",
        Key::QuizHint => "Ordne jedes Merkmal einer Rolle zu. Wenn alle Karten beantwortet sind, wähle „Prüfen“.",
        Key::Check => "Prüfen",
        Key::Retry => "Erneut versuchen",
        Key::ShowSolution => "Lösung anzeigen",
        Key::Right => "Richtig",
        Key::Wrong => "Falsch",
        Key::AnswerIs => "Lösung:",
        Key::FullScreen => "Vollbild",
        Key::ExitFullScreen => "Vollbild beenden",
        Key::Shortcuts => "Tastenkürzel",
        Key::Close => "Schließen",
        Key::ShortcutStep => "Durch die Aspekte gehen",
        Key::ShortcutReveal => "Nächste Zeile aufdecken",
        Key::ShortcutQuiz => "Quiz öffnen",
        Key::ShortcutFullScreen => "Vollbild",
        Key::ShortcutHelp => "Diese Hilfe anzeigen oder ausblenden",
        Key::RevealNext => "Nächste aufdecken",
        Key::RevealAll => "Alle aufdecken",
        Key::Hidden => "Verdeckt",
        Key::CopyLink => "Link kopieren",
        Key::LinkCopied => "Link kopiert",
        Key::StateIgnored => "Der im Link gespeicherte Zustand ist ungültig; es werden die Standardeinstellungen angezeigt",
        Key::NoFullScreen => "Vollbild ist hier nicht verfügbar",
        Key::Reveal => "Aufdecken",
        Key::Reasons => "Begründungen",
        Key::Unanswered => "Unbeantwortet:",
        Key::SolutionShown => "Lösung angezeigt",
        Key::KeysStep => "← →",
        Key::KeySpace => "Leertaste",
        Key::KeyQuiz => "Q",
        Key::KeyFullScreen => "F",
        Key::KeyHelp => "?",
        Key::LoadingQuiz => "Das Quiz wird geladen …",
    })
}

fn es(key: Key) -> Option<&'static str> {
    Some(match key {
        Key::Compare => "Comparar",
        Key::Explore => "¿Qué rol?",
        Key::Views => "Vistas",
        Key::ShowAttributes => "Mostrar aspectos",
        Key::All => "Todos",
        Key::None => "Ninguno",
        Key::Attribute => "Aspecto",
        Key::NoRows => "No se muestra ningún aspecto. Elige alguno arriba o pulsa Todos.",
        Key::Shared => "Compartido",
        Key::ExploreHint => {
            "Elige el rasgo que encaja en cada aspecto y mira a qué rol apuntan tus elecciones."
        }
        Key::NotPicked => "Sin elegir",
        Key::ClearPicks => "Borrar elecciones",
        Key::VerdictHeading => "Tus elecciones apuntan a",
        Key::NothingPicked => "Aún no has elegido ningún rasgo.",
        Key::PickHint => {
            "Elige un rasgo en cualquier aspecto; cada uno cuenta para el rol al que pertenece."
        }
        Key::TieHint => {
            "Tus elecciones apuntan por igual a más de un rol. Elige más rasgos para desempatar."
        }
        Key::ErrorHeading => "No se pudo cargar esta explicación",
        Key::ErrorHint => {
            "El conjunto de datos tiene problemas. Cada línea indica dónde y qué falla:"
        }
        Key::SettingsIgnored => "Ajustes ignorados",
        Key::Source => "Fuente",
        Key::FromSection => "Sección",
        Key::Quiz => "Cuestionario",
        Key::QuizHint => {
            "¿A qué rol pertenece cada rasgo? Responde a todas las tarjetas y luego comprueba."
        }
        Key::Check => "Comprobar",
        Key::Retry => "Reintentar",
        Key::ShowSolution => "Ver solución",
        Key::Right => "Correcto",
        Key::Wrong => "Incorrecto",
        Key::AnswerIs => "Respuesta:",
        Key::FullScreen => "Pantalla completa",
        Key::ExitFullScreen => "Salir de pantalla completa",
        Key::Shortcuts => "Atajos de teclado",
        Key::Close => "Cerrar",
        Key::ShortcutStep => "Recorrer los aspectos",
        Key::ShortcutReveal => "Descubrir la siguiente fila",
        Key::ShortcutQuiz => "Abrir el cuestionario",
        Key::ShortcutFullScreen => "Pantalla completa",
        Key::ShortcutHelp => "Mostrar u ocultar esta ayuda",
        Key::RevealNext => "Descubrir siguiente",
        Key::RevealAll => "Descubrir todo",
        Key::Hidden => "Oculto",
        Key::CopyLink => "Copiar enlace",
        Key::LinkCopied => "Enlace copiado",
        Key::StateIgnored => {
            "No se pudo usar el estado guardado en el enlace; se muestran los valores predeterminados"
        }
        Key::NoFullScreen => "La pantalla completa no está disponible aquí",
        Key::Reveal => "Descubrir",
        Key::Reasons => "Motivos",
        Key::Unanswered => "Sin responder:",
        Key::SolutionShown => "Solución mostrada",
        Key::KeysStep => "← →",
        Key::KeySpace => "Espacio",
        Key::KeyQuiz => "Q",
        Key::KeyFullScreen => "F",
        Key::KeyHelp => "?",
        Key::LoadingQuiz => "Cargando el cuestionario…",
    })
}

fn fr(key: Key) -> Option<&'static str> {
    Some(match key {
        Key::Compare => "Comparer",
        Key::Explore => "Quel rôle\u{202F}?",
        Key::Views => "Vues",
        Key::ShowAttributes => "Afficher les aspects",
        Key::All => "Tous",
        Key::None => "Aucun",
        Key::Attribute => "Aspect",
        Key::NoRows => "Aucun aspect affiché. Choisissez-en ci-dessus, ou Tous.",
        Key::Shared => "Commun",
        Key::ExploreHint => "Choisissez le trait qui convient pour chaque aspect et voyez vers quel rôle vos choix penchent.",
        Key::NotPicked => "Non choisi",
        Key::ClearPicks => "Effacer les choix",
        Key::VerdictHeading => "Vos choix désignent",
        Key::NothingPicked => "Aucun trait choisi pour l’instant.",
        Key::PickHint => "Choisissez un trait pour n’importe quel aspect\u{202F}; chacun compte pour le rôle auquel il appartient.",
        Key::TieHint => "Vos choix désignent plusieurs rôles à égalité. Choisissez d’autres traits pour les départager.",
        Key::ErrorHeading => "Impossible de charger cette explication",
        Key::ErrorHint => "Le jeu de données contient des erreurs. Chaque ligne indique où se trouve le problème et de quoi il s’agit\u{202F}:",
        Key::SettingsIgnored => "Réglages ignorés",
        Key::Source => "Source",
        Key::FromSection => "Section",
        Key::Quiz => "Quiz",
        Key::QuizHint => "À quel rôle appartient chaque trait\u{202F}? Répondez à toutes les cartes, puis vérifiez.",
        Key::Check => "Vérifier",
        Key::Retry => "Recommencer",
        Key::ShowSolution => "Voir la solution",
        Key::Right => "Juste",
        Key::Wrong => "Faux",
        Key::AnswerIs => "Réponse\u{202F}:",
        Key::FullScreen => "Plein écran",
        Key::ExitFullScreen => "Quitter le plein écran",
        Key::Shortcuts => "Raccourcis clavier",
        Key::Close => "Fermer",
        Key::ShortcutStep => "Parcourir les aspects",
        Key::ShortcutReveal => "Révéler la ligne suivante",
        Key::ShortcutQuiz => "Ouvrir le quiz",
        Key::ShortcutFullScreen => "Plein écran",
        Key::ShortcutHelp => "Afficher ou masquer cette aide",
        Key::RevealNext => "Révéler la suivante",
        Key::RevealAll => "Tout révéler",
        Key::Hidden => "Masqué",
        Key::CopyLink => "Copier le lien",
        Key::LinkCopied => "Lien copié",
        Key::StateIgnored => "L’état enregistré dans le lien est inutilisable\u{202F}; les réglages par défaut s’affichent",
        Key::NoFullScreen => "Le plein écran n’est pas disponible ici",
        Key::Reveal => "Révéler",
        Key::Reasons => "Raisons",
        Key::Unanswered => "Sans réponse :",
        Key::SolutionShown => "Solution affichée",
        Key::KeysStep => "← →",
        Key::KeySpace => "Espace",
        Key::KeyQuiz => "Q",
        Key::KeyFullScreen => "F",
        Key::KeyHelp => "?",
        Key::LoadingQuiz => "Chargement du quiz…",
    })
}

fn ar(key: Key) -> Option<&'static str> {
    Some(match key {
        Key::Compare => "مقارنة",
        Key::Explore => "أي دور؟",
        Key::Views => "طرق العرض",
        Key::ShowAttributes => "إظهار الجوانب",
        Key::All => "الكل",
        Key::None => "لا شيء",
        Key::Attribute => "الجانب",
        Key::NoRows => "لا توجد جوانب معروضة. اختر بعضها في الأعلى أو اختر الكل.",
        Key::Shared => "مشترك",
        Key::ExploreHint => "اختر السمة المناسبة لكل جانب وشاهد إلى أي دور تشير اختياراتك.",
        Key::NotPicked => "لم يُختر",
        Key::ClearPicks => "مسح الاختيارات",
        Key::VerdictHeading => "تشير اختياراتك إلى",
        Key::NothingPicked => "لم تختر أي سمة بعد.",
        Key::PickHint => "اختر سمة لأي جانب؛ كل سمة تُحتسب للدور الذي تنتمي إليه.",
        Key::TieHint => "تشير اختياراتك بالتساوي إلى أكثر من دور. اختر سمات أخرى لحسم التعادل.",
        Key::ErrorHeading => "تعذّر تحميل هذا الشرح",
        Key::ErrorHint => "في مجموعة البيانات مشكلات. يذكر كل سطر موضع المشكلة وماهيتها:",
        Key::SettingsIgnored => "إعدادات تم تجاهلها",
        Key::Source => "المصدر",
        Key::FromSection => "القسم",
        Key::Quiz => "اختبار",
        Key::QuizHint => "إلى أي دور تنتمي كل سمة؟ أجب عن كل البطاقات ثم تحقّق.",
        Key::Check => "تحقّق",
        Key::Retry => "إعادة المحاولة",
        Key::ShowSolution => "إظهار الحل",
        Key::Right => "صحيح",
        Key::Wrong => "خطأ",
        Key::AnswerIs => "الإجابة:",
        Key::FullScreen => "ملء الشاشة",
        Key::ExitFullScreen => "الخروج من ملء الشاشة",
        Key::Shortcuts => "الاختصارات",
        Key::Close => "إغلاق",
        Key::ShortcutStep => "التنقل بين الجوانب",
        Key::ShortcutReveal => "كشف الصف التالي",
        Key::ShortcutQuiz => "فتح الاختبار",
        Key::ShortcutFullScreen => "ملء الشاشة",
        Key::ShortcutHelp => "إظهار هذه المساعدة أو إخفاؤها",
        Key::RevealNext => "كشف التالي",
        Key::RevealAll => "كشف الكل",
        Key::Hidden => "مخفي",
        Key::CopyLink => "نسخ الرابط",
        Key::LinkCopied => "تم نسخ الرابط",
        Key::StateIgnored => "تعذّر استخدام الحالة المحفوظة في الرابط، لذا تُعرض الإعدادات الافتراضية",
        Key::NoFullScreen => "ملء الشاشة غير متاح هنا",
        Key::Reveal => "كشف",
        Key::Reasons => "الأسباب",
        Key::Unanswered => "بلا إجابة:",
        Key::SolutionShown => "عُرض الحل",
        Key::KeysStep => "← →",
        Key::KeySpace => "مسافة",
        // On an Arabic layout the Q, F and ? keys type ض, ب and ؟; both act.
        Key::KeyQuiz => "ض (Q)",
        Key::KeyFullScreen => "ب (F)",
        Key::KeyHelp => "؟ (?)",
        Key::LoadingQuiz => "جارٍ تحميل الاختبار…",
    })
}
