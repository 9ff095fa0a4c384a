package org.committeeacademy.project.web;

import java.io.Serializable;
import org.committeeacademy.project.application.ProjectView;
import org.committeeacademy.project.domain.ProjectDetails;

/** What is typed into a project's description form. */
public class ProjectForm implements Serializable {

    private String title;
    private String place;
    private String problem;
    private String affected;
    private String takingPart;
    private String roles;
    private String firstSteps;
    private String success;

    void fill(ProjectDetails d) {
        title = d.title();
        place = d.place();
        problem = d.problem();
        affected = d.affected();
        takingPart = d.takingPart();
        roles = d.roles();
        firstSteps = d.firstSteps();
        success = d.success();
    }

    void fill(ProjectView p) {
        fill(new ProjectDetails(
                p.title(),
                p.place(),
                p.problem(),
                p.affected(),
                p.takingPart(),
                p.roles(),
                p.firstSteps(),
                p.success()));
    }

    ProjectDetails details() {
        return new ProjectDetails(title, place, problem, affected, takingPart, roles, firstSteps, success);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getProblem() {
        return problem;
    }

    public void setProblem(String problem) {
        this.problem = problem;
    }

    public String getAffected() {
        return affected;
    }

    public void setAffected(String affected) {
        this.affected = affected;
    }

    public String getTakingPart() {
        return takingPart;
    }

    public void setTakingPart(String takingPart) {
        this.takingPart = takingPart;
    }

    public String getRoles() {
        return roles;
    }

    public void setRoles(String roles) {
        this.roles = roles;
    }

    public String getFirstSteps() {
        return firstSteps;
    }

    public void setFirstSteps(String firstSteps) {
        this.firstSteps = firstSteps;
    }

    public String getSuccess() {
        return success;
    }

    public void setSuccess(String success) {
        this.success = success;
    }
}
