package de.kim.core.internal.access;

import de.kim.api.model.Purpose;
import java.util.List;
import java.util.Set;

/**
 * Who a client or case belongs to and to whom it was released: what need-to-know decides on.
 *
 * @param municipalities the municipalities whose case team it is (the client's home, the owners of
 *                       the client's cases; for a case, its owner)
 * @param holderOffices  offices that hold a case after an accepted hand-over
 * @param releases       the releases to other offices that a referral made and a consent still covers
 */
public record Reach(Set<String> municipalities, Set<Long> holderOffices, List<Release> releases) {

    /** Data released to an office for a purpose by a referral that a consent covers. */
    public record Release(long officeId, Purpose purpose) {
    }
}
