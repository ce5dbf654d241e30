package de.kim.bench.commands;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Names of synthetic clients by nationality (Latin transliterations, as the foreigners' office writes
 * them), and the person-search keys the core keeps for a name.
 *
 * <p>The keys follow the core's rules for names of plain Latin letters: lower case, "ae", "oe" and "ue"
 * folded to "a", "o" and "u", words split at spaces, hyphens and apostrophes, plus the marked first one
 * to three letters of each word. Names here hold no other letters, so no accent folding is needed.
 * {@code kim:bench-generate} asks the platform's own search for a synthetic client after writing.
 */
final class SyntheticNames {
    private static final String SHORT = "\u0001";
    private static final String[][] ARABIC = {
        {"Al-Hassan", "Khalil", "Haddad", "Ibrahim", "Mustafa", "Al-Ahmad", "Hamdan", "Saleh", "Youssef", "Nasser",
            "Darwish", "Othman", "Al-Khatib", "Hussein", "Kassem", "Al-Masri", "Suleiman", "Abdallah"},
        {"Ahmad", "Mohammad", "Fatima", "Aya", "Omar", "Lina", "Yousef", "Rania", "Khaled", "Nour", "Samir", "Huda",
            "Ali", "Mariam", "Hiba", "Tarek", "Rasha", "Bilal"}};
    private static final String[][] DARI = {
        {"Ahmadi", "Rahimi", "Hakimi", "Sultani", "Noori", "Karimi", "Haidari", "Amiri", "Mohammadi", "Rezaei",
            "Hosseini", "Jafari", "Rostami", "Sadat"},
        {"Ahmad", "Zahra", "Farid", "Mahmood", "Parisa", "Hamid", "Laila", "Sediq", "Nazanin", "Wahid", "Reza",
            "Maryam", "Sara", "Javad"}};
    private static final String[][] UKRAINIAN = {
        {"Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boyko", "Oliynyk",
            "Lysenko", "Moroz", "Savchenko", "Rudenko", "Marchenko", "Petrenko"},
        {"Olena", "Iryna", "Oksana", "Natalia", "Tetiana", "Andrii", "Dmytro", "Yulia", "Svitlana", "Maksym",
            "Sofiia", "Anastasiia", "Viktoriia", "Bohdan"}};
    private static final String[][] TURKISH = {
        {"Yilmaz", "Kaya", "Demir", "Sahin", "Celik", "Yildiz", "Aydin", "Ozturk", "Arslan", "Dogan", "Kilic",
            "Aslan", "Cetin", "Kara"},
        {"Mehmet", "Ayse", "Mustafa", "Fatma", "Emre", "Elif", "Hasan", "Zeynep", "Murat", "Emine", "Hatice",
            "Yusuf", "Merve", "Burak"}};
    private static final String[][] EU = {
        {"Nowak", "Kowalski", "Wisniewski", "Wojcik", "Kaminski", "Lewandowski", "Popescu", "Ionescu", "Dumitru",
            "Georgiev", "Dimitrov", "Petrov", "Rossi", "Russo", "Esposito", "Papadopoulos", "Nikolaidis"},
        {"Anna", "Piotr", "Katarzyna", "Tomasz", "Magdalena", "Andrei", "Elena", "Ion", "Maria", "Georgi", "Ivan",
            "Mihaela", "Giuseppe", "Giulia", "Marco", "Giorgos", "Eleni"}};
    private static final String[][] AFRICAN = {
        {"Okafor", "Adeyemi", "Bello", "Diallo", "Bah", "Camara", "Tesfaye", "Haile", "Mohamed", "Abdi", "Sow",
            "Kebede", "Osei", "Eze"},
        {"Chinedu", "Amina", "Mamadou", "Fatoumata", "Yonas", "Senait", "Abdullahi", "Hodan", "Ibrahima", "Aisha",
            "Emmanuel", "Blessing", "Alpha", "Mariama"}};
    private static final String[][] BALKAN = {
        {"Krasniqi", "Berisha", "Gashi", "Hoxha", "Jovanovic", "Petrovic", "Nikolic", "Stojanovski", "Shala",
            "Morina", "Ramadani", "Markovic"},
        {"Arben", "Blerina", "Dragan", "Jelena", "Valon", "Ardita", "Milan", "Besa", "Driton", "Ana", "Luan",
            "Vesna"}};
    private static final Map<String, String[][]> BY_NATIONALITY = Map.ofEntries(Map.entry("SYR", ARABIC),
            Map.entry("IRQ", ARABIC), Map.entry("AFG", DARI), Map.entry("IRN", DARI), Map.entry("UKR", UKRAINIAN),
            Map.entry("TUR", TURKISH), Map.entry("POL", EU), Map.entry("ROU", EU), Map.entry("BGR", EU),
            Map.entry("ITA", EU), Map.entry("GRC", EU), Map.entry("NGA", AFRICAN), Map.entry("GIN", AFRICAN),
            Map.entry("ERI", AFRICAN), Map.entry("SOM", AFRICAN), Map.entry("SRB", BALKAN), Map.entry("ALB", BALKAN),
            Map.entry("MKD", BALKAN));

    private SyntheticNames() {
    }

    /** {family name, given names} for a client of the nationality; one in five has a second given name. */
    static String[] pick(String nationality, Random random) {
        String[][] names = BY_NATIONALITY.getOrDefault(nationality, EU);
        String given = any(names[1], random);
        if (random.nextInt(5) == 0) {
            given = given + " " + any(names[1], random);
        }
        return new String[] {any(names[0], random), given};
    }

    /** The search keys of the client's name: {token, sort name} pairs, as the core stores them. */
    static List<String[]> keys(String clientId, String familyName, String givenNames) {
        List<String> family = tokens(familyName);
        List<String> given = tokens(givenNames);
        String sortName = String.join(" ", family) + " " + String.join(" ", given) + " " + clientId;
        Set<String> keys = new LinkedHashSet<>(family);
        keys.addAll(given);
        Set<String> words = new LinkedHashSet<>(keys);
        for (String word : words) {
            for (int n = 1; n <= Math.min(3, word.length()); n++) {
                keys.add(SHORT + word.substring(0, n));
            }
        }
        List<String[]> rows = new ArrayList<>();
        for (String key : keys) {
            rows.add(new String[] {key, sortName});
        }
        return rows;
    }

    private static List<String> tokens(String name) {
        List<String> tokens = new ArrayList<>();
        for (String word : name.split("[\\s\\-']+")) {
            String t = word.toLowerCase(Locale.ROOT).replace("ae", "a").replace("oe", "o").replace("ue", "u")
                    .replaceAll("[^a-z0-9]", "");
            if (!t.isEmpty() && !tokens.contains(t)) {
                tokens.add(t);
            }
        }
        return tokens;
    }

    private static String any(String[] values, Random random) {
        return values[random.nextInt(values.length)];
    }
}
