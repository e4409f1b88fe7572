package nl.werkkracht.app.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.werkkracht.app.organisation.OrganisationAccess;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Puts {@code supportVisit} (the {@code SupportGrant}) into the model of an organisation page that an
 * administrator reads through support access, so that the page says so: the tabs show a notice that the
 * visit is recorded in the organisation's audit log.
 */
final class SupportVisitMarker implements HandlerInterceptor {

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView modelAndView) {
        Object grant = request.getAttribute(OrganisationAccess.SUPPORT_GRANT);
        if (grant != null
                && modelAndView != null
                && (modelAndView.getViewName() == null
                        || !modelAndView.getViewName().startsWith("redirect:"))) {
            modelAndView.addObject("supportVisit", grant);
        }
    }
}
