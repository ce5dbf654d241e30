package de.kim.core.internal.rules;

import de.kim.api.ValidationException;
import de.kim.api.Violation;
import de.kim.api.model.ResidenceStatus;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Checks a residence status against the limits the law sets on granting its title. */
public final class TitleGrants {
    private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private TitleGrants() {
    }

    /**
     * The status as it may be recorded: refused (422, naming the provision) if the title may no longer be granted
     * on its first day or runs longer than the law allows; without an end, it runs as long as the law allows.
     */
    public static ResidenceStatus check(RuleSet rules, ResidenceStatus status) {
        TitleGrant grant = rules.grant(status.title()).orElse(null);
        if (grant == null) {
            return status;
        }
        String basis = grant.source().citation();
        if (grant.grantedUntil() != null && status.validFrom().isAfter(grant.grantedUntil())) {
            throw new ValidationException(List.of(new Violation("validFrom", status.title().displayName()
                    + " can no longer be granted: new grants ended on " + grant.grantedUntil().format(GERMAN) + " ("
                    + basis + ")")));
        }
        LocalDate longest = grant.longestTo(status.validFrom());
        if (longest != null && status.validTo() != null && status.validTo().isAfter(longest)) {
            throw new ValidationException(List.of(new Violation("validTo", status.title().displayName() + " runs "
                    + grant.maxMonths() + " months at most, until " + longest.format(GERMAN) + " (" + basis + ")")));
        }
        return status.validTo() != null || longest == null ? status : new ResidenceStatus(status.id(), status.title(),
                status.validFrom(), longest, status.issuingOfficeId(), status.decisionFinalOn());
    }
}
