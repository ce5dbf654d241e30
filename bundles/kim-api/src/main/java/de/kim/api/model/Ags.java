package de.kim.api.model;

import java.util.regex.Pattern;

/**
 * The official municipality key (Amtlicher Gemeindeschlüssel): 8 digits, of which the first 5 are
 * the key of the district (Kreis) the municipality belongs to.
 */
public final class Ags {
    private static final Pattern MUNICIPALITY_KEY = Pattern.compile("\\d{8}");
    private static final Pattern DISTRICT_KEY = Pattern.compile("\\d{5}");

    private Ags() {
    }

    /** Whether {@code value} has the form of a municipality's AGS (8 digits). */
    public static boolean isWellFormed(String value) {
        return value != null && MUNICIPALITY_KEY.matcher(value).matches();
    }

    /** Whether {@code value} has the form of a district key (5 digits). */
    public static boolean isDistrictKey(String value) {
        return value != null && DISTRICT_KEY.matcher(value).matches();
    }

    /** Whether {@code ags} is a well-formed AGS of a municipality in the district {@code districtKey}. */
    public static boolean belongsTo(String ags, String districtKey) {
        return isWellFormed(ags) && isDistrictKey(districtKey) && ags.startsWith(districtKey);
    }
}
