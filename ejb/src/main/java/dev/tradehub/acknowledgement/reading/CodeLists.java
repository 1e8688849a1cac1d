package dev.tradehub.acknowledgement.reading;

import java.util.HashMap;
import java.util.Map;

/**
 * The code lists acknowledgements give their reasons in, as the standards name the codes (lower case, for use in
 * sentences). Codes a list does not hold read as {@link #UNLISTED}; the sentence still carries the code.
 */
final class CodeLists {

    static final String UNLISTED = "error code not in the standard's list";

    /** X12 I18, TA105 interchange note code. */
    static final Map<String, String> TA105 = table(
            "000", "no error",
            "001", "the interchange control number in the header and trailer do not match",
            "002", "this standard as noted in the control standards identifier is not supported",
            "003", "this version of the controls is not supported",
            "004", "the segment terminator is invalid",
            "005", "invalid interchange ID qualifier for sender",
            "006", "invalid interchange sender ID",
            "007", "invalid interchange ID qualifier for receiver",
            "008", "invalid interchange receiver ID",
            "009", "unknown interchange receiver ID",
            "010", "invalid authorization information qualifier value",
            "011", "invalid authorization information value",
            "012", "invalid security information qualifier value",
            "013", "invalid security information value",
            "014", "invalid interchange date value",
            "015", "invalid interchange time value",
            "016", "invalid interchange standards identifier value",
            "017", "invalid interchange version ID value",
            "018", "invalid interchange control number value",
            "019", "invalid acknowledgment requested value",
            "020", "invalid test indicator value",
            "021", "invalid number of included groups value",
            "022", "invalid control structure",
            "023", "improper (premature) end-of-file (transmission)",
            "024", "invalid interchange content (e.g. invalid GS segment)",
            "025", "duplicate interchange control number",
            "026", "invalid data element separator",
            "027", "invalid component element separator",
            "028", "invalid delivery date in deferred delivery request",
            "029", "invalid delivery time in deferred delivery request",
            "030", "invalid delivery time code in deferred delivery request",
            "031", "invalid grade of service code");

    /** X12 716, AK905..AK909 functional group syntax error code, as of 005010. */
    static final Map<String, String> X12_GROUP = table(
            "1", "functional group not supported",
            "2", "functional group version not supported",
            "3", "functional group trailer missing",
            "4", "group control number in the functional group header and trailer do not agree",
            "5", "number of included transaction sets does not match actual count",
            "6", "group control number violates syntax",
            "10", "authentication key name unknown",
            "11", "encryption key name unknown",
            "12", "requested service (authentication or encryption) not available",
            "13", "unknown security recipient",
            "14", "unknown security originator",
            "15", "syntax error in decrypted text",
            "16", "security not supported",
            "17", "incorrect message length (encryption only)",
            "18", "message authentication code failed",
            "19", "functional group control number not unique within interchange",
            "23", "S3E security end segment missing for S3S security start segment",
            "24", "S3S security start segment missing for S3E end segment",
            "25", "S4E security end segment missing for S4S security start segment",
            "26", "S4S security start segment missing for S4E security end segment");

    /** X12 718 (AK502..AK506) and 618 (IK502..IK506) transaction set syntax error code, as of 005010. */
    static final Map<String, String> X12_SET = table(
            "1", "transaction set not supported",
            "2", "transaction set trailer missing",
            "3", "transaction set control number in header and trailer do not match",
            "4", "number of included segments does not match actual count",
            "5", "one or more segments in error",
            "6", "missing or invalid transaction set identifier",
            "7", "missing or invalid transaction set control number",
            "8", "authentication key name unknown",
            "9", "encryption key name unknown",
            "10", "requested service (authentication or encryption) not available",
            "11", "unknown security recipient",
            "12", "incorrect message length (encryption only)",
            "13", "message authentication code failed",
            "15", "unknown security originator",
            "16", "syntax error in decrypted text",
            "17", "security not supported",
            "18", "transaction set not in functional group",
            "19", "invalid transaction set implementation convention reference",
            "23", "transaction set control number not unique within the functional group",
            "24", "S3E security end segment missing for S3S security start segment",
            "25", "S3S security start segment missing for S3E security end segment",
            "26", "S4E security end segment missing for S4S security start segment",
            "27", "S4S security start segment missing for S4E security end segment",
            "I5", "implementation one or more segments in error",
            "I6", "implementation convention not supported");

    /** Codes 19..22 of 716 and 718 before 005010 (the S1/S2 security segments, since withdrawn). */
    static final Map<String, String> X12_BEFORE_5010 = table(
            "19", "S1E security end segment missing for S1S security start segment",
            "20", "S1S security start segment missing for S1E security end segment",
            "21", "S2E security end segment missing for S2S security start segment",
            "22", "S2S security start segment missing for S2E security end segment");

    /** X12 720 (AK304) and 620 (IK304) segment syntax error code. */
    static final Map<String, String> X12_SEGMENT = table(
            "1", "unrecognized segment ID",
            "2", "unexpected segment",
            "3", "mandatory segment missing",
            "4", "loop occurs over maximum times",
            "5", "segment exceeds maximum use",
            "6", "segment not in defined transaction set",
            "7", "segment not in proper sequence",
            "8", "segment has data element errors",
            "I4", "implementation \"not used\" segment present",
            "I6", "implementation dependent segment missing",
            "I7", "implementation loop occurs under minimum times",
            "I8", "implementation segment below minimum use",
            "I9", "implementation dependent \"not used\" segment present");

    /** X12 723 (AK403) and 621 (IK403) data element syntax error code. */
    static final Map<String, String> X12_ELEMENT = table(
            "1", "mandatory data element missing",
            "2", "conditional required data element missing",
            "3", "too many data elements",
            "4", "data element too short",
            "5", "data element too long",
            "6", "invalid character in data element",
            "7", "invalid code value",
            "8", "invalid date",
            "9", "invalid time",
            "10", "exclusion condition violated",
            "12", "too many repetitions",
            "13", "too many components",
            "I6", "code value not used in implementation",
            "I9", "implementation dependent data element missing",
            "I10", "implementation \"not used\" data element present",
            "I11", "implementation too few repetitions",
            "I12", "implementation pattern match failure",
            "I13", "implementation dependent \"not used\" data element present");

    /** ISO 9735 0085 syntax error, coded (the codes of syntax versions 1 and 2 included, as partners still send them). */
    static final Map<String, String> EDIFACT_SYNTAX = table(
            "1", "UNA not supported",
            "2", "syntax version or level not supported",
            "3", "message version/release not supported",
            "4", "service segment missing/invalid",
            "5", "trailer check in error",
            "6", "data segment missing/invalid",
            "7", "interchange recipient not actual recipient",
            "8", "too many data elements in segment",
            "9", "mandatory data element missing",
            "10", "data element attribute error",
            "11", "password invalid",
            "12", "invalid value",
            "13", "missing",
            "14", "value not supported in this position",
            "15", "not supported in this position",
            "16", "too many constituents",
            "17", "no agreement",
            "18", "unspecified error",
            "19", "invalid decimal notation",
            "20", "character invalid as service character",
            "21", "invalid character(s)",
            "22", "invalid service character(s)",
            "23", "unknown interchange sender",
            "24", "too old",
            "25", "test indicator not supported",
            "26", "duplicate detected",
            "27", "security function not supported",
            "28", "references do not match",
            "29", "control count does not match number of instances received",
            "30", "groups and messages/packages mixed",
            "31", "more than one message type in group",
            "32", "lower level empty",
            "33", "invalid occurrence outside message, package or group",
            "34", "nesting indicator not allowed",
            "35", "too many segment repetitions",
            "36", "too many segment group repetitions",
            "37", "invalid type of character(s)",
            "38", "missing digit in front of decimal sign",
            "39", "data element too long",
            "40", "data element too short",
            "41", "permanent communication network error",
            "42", "temporary communication network error",
            "43", "unknown interchange recipient",
            "45", "trailing separator",
            "46", "character set not supported",
            "47", "envelope functionality not supported",
            "48", "dependency notes condition violated");

    private CodeLists() {
    }

    /** What {@code code} means in {@code list}; {@code older} (or null) overrides it for older versions. */
    static String describe(Map<String, String> list, Map<String, String> older, String code) {
        String text = older == null ? null : older.get(code);
        return text != null ? text : list.getOrDefault(code, UNLISTED);
    }

    private static Map<String, String> table(String... codesAndTexts) {
        Map<String, String> table = new HashMap<>();
        for (int i = 0; i < codesAndTexts.length; i += 2) {
            table.put(codesAndTexts[i], codesAndTexts[i + 1]);
        }
        return Map.copyOf(table);
    }
}
