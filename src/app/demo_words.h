// The demo generator's vocabulary: names from many cultures, companies,
// cities, clubs, facts, needs and offers, and interaction summaries. Data
// only; internal to app/demo*.cc.
#pragma once

#include <array>
#include <cstddef>
#include <iterator>
#include <span>
#include <utility>

#include "core/kinds.h"

namespace kith::app::detail {

using core::InteractionKind;

// Name parts are "native|latin" where the script is not Latin; Latin-script
// parts are ASCII-fied by Fold for email addresses.
inline constexpr const char* kEnglishGiven[] = {"Emma",  "Liam",  "Olivia", "Noah",   "Grace",
                                                "James", "Chloe", "Ethan",  "Hannah", "Ben"};
inline constexpr const char* kEnglishFamily[] = {"Carter",   "Brooks",  "Hughes", "Walker",
                                                 "Bennett",  "Reed",    "Foster", "Murphy",
                                                 "O'Connor", "Sullivan"};
inline constexpr const char* kGermanGiven[] = {"Zoë",     "Jürgen",    "Lukas",    "Anneliese",
                                               "Jörg",    "Käthe",     "Matthias", "Lena",
                                               "Günther", "Maximilian"};
inline constexpr const char* kGermanFamily[] = {"Müller",   "Schröder", "Brandt",  "Weiß",
                                                "Hoffmann", "Köhler",   "Schäfer", "Groß",
                                                "Becker",   "Jäger"};
inline constexpr const char* kNordicGiven[] = {"Søren",  "Märta",  "Björn",    "Ingrid", "Åsa",
                                               "Ólafur", "Guðrún", "Sigríður", "Þórður", "Eirik"};
inline constexpr const char* kNordicFamily[] = {
    "Lindqvist",   "Østergaard", "Bergström", "Halvorsen", "Järvinen",
    "Kristiansen", "Åberg",      "Sæther",    "Nyström",   "Dahl"};
inline constexpr const char* kPolishGiven[] = {"Łukasz", "Małgorzata", "Wojciech", "Zofia",
                                               "Paweł",  "Agnieszka",  "Jiří",     "Kateřina",
                                               "Ewa",    "Bartłomiej"};
inline constexpr const char* kPolishFamily[] = {"Nowak",    "Wójcik",    "Łuczak", "Mazur",
                                                "Krawczyk", "Kaczmarek", "Zając",  "Król",
                                                "Wróbel",   "Sikora"};
inline constexpr const char* kIberianGiven[] = {
    "José", "María", "Inês", "João", "Lucía", "Camila", "Sebastián", "Begoña", "Nicolás", "Tomás"};
inline constexpr const char* kIberianFamily[] = {"García",  "Muñoz",    "Peña",   "Gonçalves",
                                                 "Núñez",   "Ibáñez",   "Araújo", "Fernández",
                                                 "Jiménez", "Conceição"};
inline constexpr const char* kFrenchGiven[] = {"Élodie", "François", "Chloé", "Benoît", "Zoé",
                                               "Hélène", "Loïc",     "Anaïs", "Jérôme", "Maëlle"};
inline constexpr const char* kFrenchFamily[] = {"Lefèvre",  "Dubois",   "Girard",   "Bérubé",
                                                "Fontaine", "Mercier",  "Rousseau", "Lévêque",
                                                "Gauthier", "Châtelain"};
inline constexpr const char* kTurkishGiven[] = {"Ayşe",  "Mehmet", "Çağla", "Emre", "Gülşen",
                                                "Barış", "Şebnem", "Oğuz",  "Elif", "Can"};
inline constexpr const char* kTurkishFamily[] = {"Yılmaz", "Ağaoğlu", "Öztürk", "Çelik", "Şahin",
                                                 "Doğan",  "Kılıç",   "Aydın",  "Koç",   "Arslan"};
inline constexpr const char* kVietGiven[] = {"Minh Anh", "Thu Hà",   "Quốc Bảo", "Lan",
                                             "Đức Huy",  "Ngọc Mai", "Tuấn",     "Phương"};
inline constexpr const char* kVietFamily[] = {"Nguyễn", "Trần", "Lê",   "Phạm",
                                              "Hoàng",  "Vũ",   "Đặng", "Bùi"};
inline constexpr const char* kChineseGiven[] = {"娜|na",  "伟|wei", "芳|fang",       "静|jing",
                                                "磊|lei", "敏|min", "晓明|xiaoming", "嘉怡|jiayi"};
inline constexpr const char* kChineseFamily[] = {"李|li",   "王|wang", "张|zhang", "刘|liu",
                                                 "陈|chen", "杨|yang", "黄|huang", "赵|zhao"};
inline constexpr const char* kJapaneseGiven[] = {"美咲|misaki", "翔太|shota", "結衣|yui",
                                                 "健|ken",      "陽菜|hina",  "大輝|daiki"};
inline constexpr const char* kJapaneseFamily[] = {"佐藤|sato",   "鈴木|suzuki", "高橋|takahashi",
                                                  "田中|tanaka", "伊藤|ito",    "渡辺|watanabe"};
inline constexpr const char* kKoreanGiven[] = {"지우|jiwoo", "민준|minjun", "서연|seoyeon",
                                               "하은|haeun", "도윤|doyun"};
inline constexpr const char* kKoreanFamily[] = {"김|kim", "이|lee", "박|park", "최|choi",
                                                "정|jung"};
inline constexpr const char* kIndianGiven[] = {"Priyanka", "Arjun", "Ananya", "Rohan", "Kavya",
                                               "Vikram",   "Aditi", "Sanjay", "Meera", "Rahul"};
inline constexpr const char* kIndianFamily[] = {"Sharma",     "Iyer",     "Patel", "Reddy",
                                                "Banerjee",   "Nair",     "Gupta", "Menon",
                                                "Chatterjee", "Deshpande"};
inline constexpr const char* kYorubaIgboGiven[] = {"Oluwaseun", "Chiamaka", "Adebayo", "Ngozi",
                                                   "Emeka",     "Folake",   "Tunde",   "Adaeze",
                                                   "Chidi",     "Yetunde"};
inline constexpr const char* kYorubaIgboFamily[] = {"Okafor",  "Adeyemi", "Okonkwo",  "Balogun",
                                                    "Eze",     "Nwosu",   "Oyelaran", "Ogunleye",
                                                    "Afolabi", "Mensah"};
inline constexpr const char* kArabicGiven[] = {"Layla", "Omar",  "Yasmin", "Karim",
                                               "Nour",  "Tariq", "Salma",  "Yusuf"};
inline constexpr const char* kArabicFamily[] = {"Haddad",  "Al-Sayed", "Nassar", "Khoury",
                                                "Mansour", "El-Amin",  "Saleh",  "Aziz"};
inline constexpr const char* kUkrainianGiven[] = {"Олена|olena",          "Дмитро|dmytro",
                                                  "Анастасія|anastasiia", "Андрій|andrii",
                                                  "Ірина|iryna",          "Максим|maksym"};
inline constexpr const char* kUkrainianFamily[] = {"Шевченко|shevchenko",   "Коваленко|kovalenko",
                                                   "Бондаренко|bondarenko", "Ткаченко|tkachenko",
                                                   "Кравчук|kravchuk",      "Мельник|melnyk"};
inline constexpr const char* kGreekGiven[] = {"Νίκος|nikos", "Ελένη|eleni",       "Γιώργος|giorgos",
                                              "Μαρία|maria", "Δημήτρης|dimitris", "Σοφία|sofia"};
inline constexpr const char* kGreekFamily[] = {"Οικονόμου|oikonomou", "Γεωργίου|georgiou",
                                               "Νικολάου|nikolaou", "Ιωάννου|ioannou",
                                               "Αθανασίου|athanasiou"};

struct Culture {
  std::span<const char* const> given;
  std::span<const char* const> family;
  bool family_first;  // 李娜, Nguyễn Minh Anh
  const char* joiner;
  const char* phone_prefix;  // E.164 country and mobile prefix
  int phone_digits;          // digits that follow it
};

inline constexpr Culture kCultures[] = {
    {kEnglishGiven, kEnglishFamily, false, " ", "+1415", 7},
    {kGermanGiven, kGermanFamily, false, " ", "+49151", 8},
    {kNordicGiven, kNordicFamily, false, " ", "+452", 7},
    {kPolishGiven, kPolishFamily, false, " ", "+4860", 7},
    {kIberianGiven, kIberianFamily, false, " ", "+346", 8},
    {kFrenchGiven, kFrenchFamily, false, " ", "+336", 8},
    {kTurkishGiven, kTurkishFamily, false, " ", "+90532", 7},
    {kVietGiven, kVietFamily, true, " ", "+8490", 7},
    {kChineseGiven, kChineseFamily, true, "", "+86138", 8},
    {kJapaneseGiven, kJapaneseFamily, true, "", "+8190", 8},
    {kKoreanGiven, kKoreanFamily, true, "", "+8210", 8},
    {kIndianGiven, kIndianFamily, false, " ", "+9198", 8},
    {kYorubaIgboGiven, kYorubaIgboFamily, false, " ", "+23480", 8},
    {kArabicGiven, kArabicFamily, false, " ", "+97150", 7},
    {kUkrainianGiven, kUkrainianFamily, false, " ", "+38067", 7},
    {kGreekGiven, kGreekFamily, false, " ", "+30694", 7},
};
inline constexpr int kCultureWeights[] = {4, 4, 2, 2, 3, 2, 2, 2, 2, 1, 1, 3, 2, 1, 1, 1};

struct Company {
  const char* name;
  const char* domain;
  const char* city;
};
inline constexpr Company kCompanies[] = {
    {"Nordlicht Labs", "nordlicht.io", "Berlin"},
    {"Crumb & Co", "crumbandco.com", "London"},
    {"Pixelhaus", "pixelhaus.de", "München"},
    {"Tidewater Capital", "tidewater.vc", "San Francisco"},
    {"Sōzō Design", "sozo.jp", "東京"},
    {"Wisła Robotics", "wislarobotics.pl", "Kraków"},
    {"Café Ørsted", "cafeorsted.dk", "København"},
    {"Mandacaru Ventures", "mandacaru.vc", "São Paulo"},
    {"Lumen Health", "lumenhealth.com", "New York"},
    {"Fjord Analytics", "fjord.ai", "Malmö"},
    {"Sông Hồng Foods", "songhong.vn", "Hà Nội"},
    {"Ağaç Studio", "agac.studio", "İstanbul"},
    {"Yellowtail Logistics", "yellowtail.ng", "Lagos"},
    {"Monsoon Labs", "monsoonlabs.in", "Bengaluru"},
    {"Helix Bio", "helixbio.ch", "Zürich"},
    {"Parallax Games", "parallax.games", "Montréal"},
    {"Kōbō Coffee", "kobo.coffee", "Lisboa"},
    {"Halcyon Media", "halcyon.media", "London"},
    {"Openfield", "openfield.org", "Nairobi"},
    {"Hanok Audio", "hanok.kr", "서울"},
    {"Eldur Energy", "eldur.is", "Reykjavík"},
    {"Olive & Slate", "oliveandslate.gr", "Αθήνα"},
    {"Dnipro Data", "dniprodata.ua", "Київ"},
    {"Bamboo Ledger", "bambooledger.cn", "上海"},
};
inline constexpr const char* kCities[] = {"Berlin",    "London",   "München",  "Lisboa",
                                          "Kraków",    "Zürich",   "New York", "São Paulo",
                                          "København", "Bengaluru"};
inline constexpr const char* kPersonalDomains[] = {"gmail.com", "proton.me", "fastmail.com",
                                                   "outlook.com", "posteo.de"};
inline constexpr const char* kTeams[] = {"design",   "platform", "sales",
                                         "research", "ops",      "finance"};

struct Title {
  const char* title;
  const char* tag;  // "" for none
};
inline constexpr Title kTitles[] = {
    {"Founder", "founder"},
    {"Co-founder & CEO", "founder"},
    {"CTO", ""},
    {"Product Manager", ""},
    {"Product Designer", "designer"},
    {"Staff Engineer", "engineer"},
    {"General Partner", "investor"},
    {"Angel Investor", "investor"},
    {"Head of Growth", ""},
    {"Data Scientist", "engineer"},
    {"Recruiter", ""},
    {"Pastry Chef", "baker"},
    {"Journalist", "writer"},
    {"Operations Lead", ""},
    {"Researcher", ""},
    {"Architect", ""},
    {"Community Manager", ""},
    {"Lawyer", ""},
    {"Teacher", ""},
    {"Photographer", "photographer"},
};

struct Club {
  const char* name;
  const char* tag;
};
inline constexpr Club kClubs[] = {
    {"running club", "runner"},
    {"bouldering crew", "climber"},
    {"sourdough circle", "baker"},
    {"angel investors' dinner", "investor"},
    {"founders' breakfast", "founder"},
    {"design critique night", "designer"},
    {"chess in the park", "chess player"},
    {"Sunday cycling group", "cyclist"},
    {"community choir", "singer"},
    {"pottery studio", "ceramicist"},
    {"book club", "reader"},
    {"open-source meetup", "open source"},
};
inline constexpr const char* kSchools[] = {
    "ETH Zürich",  "Universidade de Lisboa",    "IIT Bombay",          "Uniwersytet Jagielloński",
    "Sciences Po", "Seoul National University", "University of Lagos", "Stanford GSB"};

struct Hobby {
  const char* text;
  const char* tag;
};
inline constexpr Hobby kHobbies[] = {
    {"runs marathons", "runner"},
    {"bakes sourdough every weekend", "baker"},
    {"boulders twice a week", "climber"},
    {"plays cello in an amateur orchestra", "musician"},
    {"restores old motorbikes", ""},
    {"birdwatching at dawn", ""},
    {"trains for triathlons", "triathlete"},
    {"sails on weekends", "sailor"},
    {"plays chess online", "chess player"},
    {"throws pots on a wheel", "ceramicist"},
    {"cycles to work all year", "cyclist"},
    {"sings in a choir", "singer"},
};
inline constexpr const char* kPetIntros[] = {
    "has a dog called ",        "has a cat called ",    "has a rescue greyhound called ",
    "keeps a tortoise called ", "has a parrot called ", "has two cats; the loud one is "};
inline constexpr const char* kPetNames[] = {
    "Biscuit", "Mochi", "Pixel", "Nala",      "Tofu",  "Pepper", "Ziggy", "Olive",
    "Kiwi",    "Bruno", "Luna",  "Schnitzel", "Łatka", "Köfte",  "Momo",  "Fjóla"};
struct Around {
  const char* before;
  const char* after;
};
// Family facts; a given name of the person's culture goes between.
inline constexpr Around kFamily[] = {
    {"eldest, ", ", just started school"},
    {"youngest, ", ", is learning the violin"},
    {"married to ", ""},
    {"partner ", " is a nurse"},
    {"new baby, ", ", born in the spring"},
    {"best friend since school: ", ""},
};
inline constexpr const char* kWork[] = {
    "leading the payments team", "hiring two engineers",        "moving into product management",
    "just made partner",         "launching a podcast",         "writing a book about cities",
    "back from parental leave",  "on a sabbatical until spring"};
inline constexpr const char* kGoals[] = {
    "wants to raise a seed round", "training for the Berlin marathon",
    "wants to move to Lisboa",     "learning to sail",
    "wants to start a company",    "saving for a sabbatical",
    "learning Japanese",           "wants to speak at a conference"};
inline constexpr const char* kLikes[] = {"loves Ethiopian coffee",
                                         "big fan of Studio Ghibli",
                                         "into natural wine",
                                         "reads everything by Ted Chiang",
                                         "will cross town for good phở",
                                         "collects vinyl",
                                         "supports Arsenal",
                                         "cooks from Ottolenghi books"};
inline constexpr const char* kNeeds[] = {
    "intro to a seed investor",           "a designer for the new site",
    "a good accountant in Berlin",        "advice on hiring a first engineer",
    "a flat in Lisboa for the summer",    "beta testers for the app",
    "a co-founder with sales experience", "a reference for a job application",
    "a venue for the community meetup",   "feedback on the pitch deck",
    "a React developer for three months", "introductions to hospital buyers"};
inline constexpr const char* kOffers[] = {"mentoring",
                                          "catering for events",
                                          "design reviews",
                                          "intros to angel investors",
                                          "legal advice for startups",
                                          "a spare desk at the studio",
                                          "help with hiring",
                                          "photography for launches",
                                          "Japanese translation",
                                          "pitch deck feedback",
                                          "tickets to Web Summit",
                                          "introductions in São Paulo"};
inline constexpr const char* kNotes[] = {"Prefers Signal over email.",
                                         "Vegetarian; pick somewhere with good options.",
                                         "Owes me a book recommendation.",
                                         "Send the photos from the trip.",
                                         "Ask how the new job is going.",
                                         "Would rather walk than sit in a meeting.",
                                         "Good person to ask about fundraising.",
                                         "Never free on Mondays."};
inline constexpr const char* kMetPlaces[] = {
    "Venture Café", "Web Summit, Lisboa", "the 8:14 train to Leipzig", "a hotel lobby in Zürich",
    "Berlin Zoo",   "a friend's wedding", "Slush, Helsinki",           "a rooftop party"};
inline constexpr const char* kMetHow[] = {"spoke on the same panel", "sat next to each other",
                                          "introduced over email", "both early for the talk",
                                          "queued for the same coffee"};

inline constexpr const char* kCafes[] = {"Crumb & Co",      "Café Ørsted", "Kōbō Coffee",
                                         "Bäckerei Müller", "The Barn",    "Café Central",
                                         "Tatte",           "Blue Bottle"};
inline constexpr const char* kRestaurants[] = {
    "Phở Bò Hà Nội", "Trattoria da Enzo", "Dishoom",       "Kantine Kreuzberg", "Ikoyi",
    "Nopa",          "Mangal 2",          "Sushi Kanesaka"};
inline constexpr const char* kTopics[] = {
    "the seed round", "hiring",      "the move to Lisboa",  "the new site",
    "the book",       "a job offer", "the marathon",        "the podcast",
    "the pitch deck", "schools",     "the conference talk", "the launch"};
inline constexpr const char* kEvents[] = {
    "Web Summit, Lisboa", "Slush, Helsinki",  "Venture Café Thursday",
    "a friend's wedding", "FOSDEM",           "the design meetup",
    "a book launch",      "a birthday party", "the alumni reunion",
    "a hackathon"};

// The kinds an interaction is drawn from, in the order of the weights below.
inline constexpr InteractionKind kKinds[] = {
    InteractionKind::kCoffee,  InteractionKind::kMeal,    InteractionKind::kCall,
    InteractionKind::kVideo,   InteractionKind::kMessage, InteractionKind::kEmail,
    InteractionKind::kMeeting, InteractionKind::kEvent,   InteractionKind::kHelp};
inline constexpr size_t kKindCount = std::size(kKinds);

// Short summaries per kind: fixed phrases, and a prefix joined to each of a list.
struct SummarySpec {
  std::array<const char*, 4> fixed;
  std::array<std::pair<const char*, std::span<const char* const>>, 2> joined;
};
inline const SummarySpec kSummaries[kKindCount] = {
    {{"quick coffee", "coffee and a walk", nullptr, nullptr}, {{{"coffee at ", kCafes}, {}}}},
    {{"team lunch", "dinner at theirs", nullptr, nullptr},
     {{{"lunch at ", kRestaurants}, {"dinner at ", kRestaurants}}}},
    {{"catch-up call", "long call, lots of news", nullptr, nullptr},
     {{{"call about ", kTopics}, {}}}},
    {{"video catch-up", nullptr, nullptr, nullptr}, {{{"video call about ", kTopics}, {}}}},
    {{"birthday wishes", "sent photos", "congrats on the news", nullptr},
     {{{"texted about ", kTopics}, {}}}},
    {{"intro email", "sent the deck", "newsletter reply", nullptr},
     {{{"email about ", kTopics}, {}}}},
    {{"planning session", "quarterly check-in", nullptr, nullptr},
     {{{"meeting about ", kTopics}, {}}}},
    {{nullptr, nullptr, nullptr, nullptr}, {{{"", kEvents}, {}}}},
    {{"reviewed the pitch deck", "made an intro to an investor", "helped move flats", nullptr},
     {{{"helped with ", kTopics}, {}}}},
};

}  // namespace kith::app::detail
