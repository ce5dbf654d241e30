package de.kim.rest.internal;

import de.kim.api.TransitionRuleService;
import de.kim.api.model.TransitionRuleSet;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The Rechtskreiswechsel and deadline rules in force, with the file they come from and its last refusal.
 */
@Component(service = TransitionRuleResource.class)
@JaxrsResource
@JaxrsApplicationSelect(KimApplication.SELECT)
@Path("transition-rules")
@Produces(MediaType.APPLICATION_JSON)
public final class TransitionRuleResource {
    private final TransitionRuleService rules;

    @Activate
    public TransitionRuleResource(@Reference TransitionRuleService rules) {
        this.rules = rules;
    }

    @GET
    public TransitionRuleSet rules() {
        return rules.rules();
    }
}
