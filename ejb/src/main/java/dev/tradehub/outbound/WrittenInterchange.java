package dev.tradehub.outbound;

import java.util.List;

/**
 * An interchange as written: its bytes and the control numbers given to it, kept with it in the outbound log so
 * that a partner's acknowledgement can be matched to it.
 *
 * @param bytes              what is sent
 * @param interchangeControl ISA13 / UNB 0020
 * @param groupControls      GS06 / UNG 0048 of each group, in order (empty without groups)
 * @param setControls        ST02 / UNH 0062 of each transaction set or message, in order
 */
public record WrittenInterchange(byte[] bytes, String interchangeControl, List<String> groupControls,
        List<String> setControls) {

    public WrittenInterchange {
        groupControls = List.copyOf(groupControls);
        setControls = List.copyOf(setControls);
    }
}
