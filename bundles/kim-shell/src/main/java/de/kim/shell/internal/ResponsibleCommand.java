package de.kim.shell.internal;

import de.kim.api.DirectoryService;
import de.kim.api.model.LegalDomain;
import de.kim.api.model.Municipality;
import de.kim.api.model.Office;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "kim", name = "responsible",
        description = "Show the office responsible for a legal domain in a municipality")
public final class ResponsibleCommand implements Action {
    @Reference
    DirectoryService directory;

    @Argument(index = 0, name = "ags", required = true, description = "AGS of the municipality")
    @Completion(MunicipalityCompleter.class)
    String ags;

    @Argument(index = 1, name = "legalDomain", required = true, description = "Legal domain code, e.g. AufenthG")
    @Completion(LegalDomainCompleter.class)
    String legalDomain;

    @Override
    public Object execute() {
        LegalDomain domain = LegalDomain.fromCode(legalDomain);
        Municipality municipality = directory.municipality(ags);
        Office office = directory.responsibleOffice(ags, domain);
        System.out.println(domain.displayName() + " in " + municipality.name() + " (" + ags + "): "
                + office.name() + " [id " + office.id() + ", " + office.kind() + "]");
        if (office.address() != null) {
            System.out.println("  " + office.address().street() + ", " + office.address().postalCode() + " "
                    + office.address().city());
        }
        return null;
    }
}
