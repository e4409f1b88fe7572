package nl.werkkracht.app.monitor;

import jakarta.servlet.http.HttpServletResponse;
import nl.werkkracht.app.statistics.StatisticsException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors of the monitor's pages and downloads as pages in the visitor's language: an unknown region
 * or table is "not found" (404), a bad parameter a 400, a question the data cannot answer a 422, each
 * with the reason.
 */
@ControllerAdvice(assignableTypes = {MonitorPages.class, MonitorExportController.class})
class MonitorPageErrors {

    private final org.springframework.context.MessageSource messages;

    MonitorPageErrors(org.springframework.context.MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(UnknownRegionException.class)
    String unknownRegion(UnknownRegionException e, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("code", e.code());
        return "monitor/not-found";
    }

    @ExceptionHandler(UnknownTableException.class)
    String unknownTable(UnknownTableException e, Model model, HttpServletResponse response) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage(), model, response);
    }

    @ExceptionHandler(YearOutsideDataException.class)
    String yearOutsideData(
            YearOutsideDataException e, Model model, HttpServletResponse response, java.util.Locale locale) {
        String message = messages.getMessage(
                "monitor.problem.year",
                new Object[] {String.valueOf(e.year()), String.valueOf(e.first()), String.valueOf(e.last())},
                locale);
        if (e.perHour()) {
            message += " " + messages.getMessage("monitor.problem.year.perHour", null, locale);
        }
        return problem(HttpStatus.BAD_REQUEST, message, model, response);
    }

    @ExceptionHandler({IllegalArgumentException.class, MethodArgumentTypeMismatchException.class})
    String badRequest(Exception e, Model model, HttpServletResponse response) {
        String message = e instanceof MethodArgumentTypeMismatchException m
                ? "parameter " + m.getName() + " cannot be '" + m.getValue() + "'"
                : e.getMessage();
        return problem(HttpStatus.BAD_REQUEST, message, model, response);
    }

    @ExceptionHandler(StatisticsException.class)
    String noData(StatisticsException e, Model model, HttpServletResponse response) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage(), model, response);
    }

    private static String problem(HttpStatus status, String message, Model model, HttpServletResponse response) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("message", message);
        return "monitor/problem";
    }
}
