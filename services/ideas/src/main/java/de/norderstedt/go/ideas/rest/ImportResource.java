package de.norderstedt.go.ideas.rest;

import de.norderstedt.go.ideas.service.ImportResult;
import de.norderstedt.go.ideas.service.ImportService;
import de.norderstedt.go.platform.problem.ProblemException;
import de.norderstedt.go.platform.security.CurrentUser;
import de.norderstedt.go.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

@Path("/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Import", description = "Workshop cards in bulk")
public class ImportResource {

    private final ImportService imports;
    private final CurrentUser user;

    public ImportResource(ImportService imports, CurrentUser user) {
        this.imports = imports;
        this.user = user;
    }

    @POST
    @Consumes({"text/csv", "application/csv"})
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Import the cards of a workshop from CSV",
            description = "Columns (header row; UTF-8 unless the Content-Type names another charset): title, text, action_field (LIVING… or the German label), optional group, tags (separated by ;), kind. "
                    + "All or nothing: any invalid row is named and nothing is imported. The same card again is recognised and not created twice.")
    public Response importCsv(@QueryParam("workshopId") UUID workshopId,
                              @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType contentType, InputStream body) {
        Charset charset = StandardCharsets.UTF_8;
        String declared = contentType == null ? null : contentType.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (declared != null) {
            try {
                charset = Charset.forName(declared);
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("charset", "is not a known character set: " + declared);
            }
        }
        return answer(imports.importCsv(body, charset, workshopId, user.subject()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CORE_TEAM, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Import the cards of a workshop from JSON",
            description = "An array of {title, text, actionField, group, tags: [...], kind}; the same rules as the CSV import.")
    public Response importJson(@QueryParam("workshopId") UUID workshopId, InputStream body) {
        return answer(imports.importJson(body, workshopId, user.subject()));
    }

    /** 201 when the file created ideas, 200 when every card was there already. */
    private static Response answer(ImportResult result) {
        return Response.status(result.created() > 0 ? 201 : 200).entity(ImportResponse.of(result)).build();
    }
}
