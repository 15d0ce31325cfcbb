package london.scrutiny.tracker.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A page that cannot be shown says why, as a page, with the right status. */
@ControllerAdvice(assignableTypes = { PublicPages.class, ClerkPages.class })
class PageErrors {

	@ExceptionHandler(PublicPages.PageException.class)
	String problem(PublicPages.PageException ex, Model model, HttpServletResponse response) {
		response.setStatus(ex.status().value());
		model.addAttribute("status", ex.status().value());
		model.addAttribute("message", ex.getMessage());
		return "problem";
	}

}
