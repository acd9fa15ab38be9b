package se.kontaktman.platform.views;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;

/**
 * The one operations command for every service: {@code POST /actuator/views} starts rebuilding
 * the views (202 with the progress; 409 while one is running), {@code GET /actuator/views} shows
 * the progress. Behind the actuator's rule: a token with the role OPERATIONS.
 */
@Endpoint(id = "views")
public class ViewsEndpoint {

    private final ViewRebuild rebuild;

    public ViewsEndpoint(ViewRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @ReadOperation
    public RebuildProgress progress() {
        return rebuild.progress();
    }

    @WriteOperation
    public WebEndpointResponse<RebuildProgress> rebuild() {
        try {
            return new WebEndpointResponse<>(rebuild.start(), 202);
        } catch (ViewRebuild.RebuildUnderWay underWay) {
            return new WebEndpointResponse<>(rebuild.progress(), 409);
        }
    }
}
